package io.podium.handlers;

import io.podium.local.EmbeddedPodium;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;

/**
 * Starts the local runtime of template.yaml in this JVM once per test run, before the first class that uses
 * it, so that handlers built with their Lambda constructors reach DynamoDB Local and ElasticMQ.
 */
final class InProcessPodium implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
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
