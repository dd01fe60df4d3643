package io.podium.config;

import java.util.Optional;

/**
 * Configuration of a function. On Lambda it comes from environment variables; the local runtime runs
 * every function in one JVM and cannot change the process environment, so it sets the same names as
 * system properties instead.
 */
public final class Env {
    private Env() {
    }

    public static Optional<String> optional(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    public static String required(String name) {
        return optional(name).orElseThrow(() -> new IllegalStateException("missing configuration " + name));
    }
}
