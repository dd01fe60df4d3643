package io.podium.hub;

import java.util.Map;
import java.util.Optional;

/** A built file of the Hub web app, found on the classpath under {@code hub/}. */
public record HubAsset(String path, String contentType, byte[] content) {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json",
            "txt", "text/plain; charset=utf-8",
            "map", "application/json");

    /** Vite names assets by content hash, so they never change; index.html names the current ones. */
    public boolean immutable() {
        return path.startsWith("assets/");
    }

    static Optional<String> contentTypeOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(path.substring(dot + 1)));
    }
}
