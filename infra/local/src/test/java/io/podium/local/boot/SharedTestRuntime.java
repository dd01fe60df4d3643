package io.podium.local.boot;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One in-memory runtime of test-template.yaml for every test class that asks for a {@link LocalRuntime} parameter;
 * JUnit closes it when the test run ends. Starting the DynamoDB engine and ElasticMQ once keeps the suite fast.
 */
public final class SharedTestRuntime implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedTestRuntime.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalRuntime.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("runtime", key -> start(), LocalRuntime.class);
    }

    private static LocalRuntime start() {
        try {
            return LocalRuntime.start(
                    new ServeOptions(0, null, true, resource("test-template.yaml"), OptionalInt.empty(), Map.of(), null),
                    Optional.empty(), NoTokens.INSTALLER);
        } catch (Exception e) {
            throw new IllegalStateException("the test runtime did not start", e);
        }
    }

    public static Path resource(String name) {
        try {
            return Path.of(SharedTestRuntime.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test templates declare no TOKENS_TABLE, so the runtime must never install an admin token. */
    public static final class NoTokens {
        public static final AdminTokenBootstrap.Installer INSTALLER = new AdminTokenBootstrap.Installer() {
            @Override
            public String newToken() {
                throw new AssertionError("no admin token expected");
            }

            @Override
            public void install(String token, String description) {
                throw new AssertionError("no admin token expected");
            }
        };

        private NoTokens() {
        }
    }
}
