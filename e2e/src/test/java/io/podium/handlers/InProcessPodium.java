package io.podium.handlers;

import io.podium.local.boot.EmbeddedPodium;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;

/**
 * Starts the local runtime of template.yaml in this JVM once per test run, before the first class that uses
 * it, so that handlers built with their Lambda constructors reach the local DynamoDB engine and ElasticMQ. A test that needs
 * the runtime itself (its admin token) takes an {@link EmbeddedPodium} parameter.
 */
final class InProcessPodium implements BeforeAllCallback, ParameterResolver {
    @Override
    public void beforeAll(ExtensionContext context) {
        podium(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedPodium.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return podium(context);
    }

    private static EmbeddedPodium podium(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(InProcessPodium.class, key -> start(), EmbeddedPodium.class);
    }

    private static EmbeddedPodium start() {
        Path template = Path.of(System.getProperty("podium.root", "..")).resolve("template.yaml");
        try {
            return EmbeddedPodium.start(template);
        } catch (Exception e) {
            throw new IllegalStateException("the local runtime did not start", e);
        }
    }
}
