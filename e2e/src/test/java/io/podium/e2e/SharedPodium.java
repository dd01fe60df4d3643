package io.podium.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every end-to-end test class the same in-memory local runtime, started once per test run and
 * stopped when the run ends. Tests keep out of each other's way by using companies of their own.
 */
public final class SharedPodium implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalPodium.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedPodium.class, key -> LocalPodium.inMemory(), LocalPodium.class);
    }
}
