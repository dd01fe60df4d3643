package io.podium.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every end-to-end test class the same in-memory local runtime, as a parameter, started once per test run and
 * stopped when the run ends. Tests keep out of each other's way by using companies of their own.
 */
public final class SharedPodium implements ParameterResolver {
    private static LocalPodium shared;

    /** The runtime of this test run, started on first use and stopped when the test JVM exits. */
    private static synchronized LocalPodium instance() {
        if (shared == null) {
            LocalPodium started = LocalPodium.inMemory();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "podium-local-stop"));
            shared = started;
        }
        return shared;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalPodium.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return instance();
    }
}
