package io.podium.local.boot;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An in-memory local runtime inside the calling JVM, for tests that call the functions directly: once it has
 * started, the functions' no-argument constructors find the local DynamoDB engine and ElasticMQ through the system
 * properties it set, with every table and queue of the template in place.
 */
public final class EmbeddedPodium implements AutoCloseable {
    private final LocalRuntime runtime;

    private EmbeddedPodium(LocalRuntime runtime) {
        this.runtime = runtime;
    }

    /** Serves {@code template} on a free port, with a generated admin token. */
    public static EmbeddedPodium start(Path template) throws Exception {
        return start(template, Map.of());
    }

    /** The same, with these template parameters instead of their defaults. */
    public static EmbeddedPodium start(Path template, Map<String, String> parameters) throws Exception {
        ServeOptions options = new ServeOptions(0, null, true, template, OptionalInt.empty(), parameters, null);
        return new EmbeddedPodium(LocalRuntime.start(options, Optional.empty(), AdminTokenBootstrap.PODIUM));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + runtime.port();
    }

    public String adminToken() {
        return runtime.adminToken().orElseThrow().token();
    }

    @Override
    public void close() {
        runtime.close();
    }
}
