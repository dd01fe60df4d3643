package io.podium.hub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Hub's built files on the classpath. Only plain relative paths of known text types are served: no "..", no
 * hidden files, nothing outside {@code hub/}. A path without an extension is a screen of the single-page app, so it
 * gets index.html.
 */
public final class HubAssets {
    private static final Pattern SAFE = Pattern.compile("^([A-Za-z0-9_-][A-Za-z0-9_.-]*/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*$");
    private static final String INDEX = "index.html";

    private final ClassLoader loader;

    public HubAssets(ClassLoader loader) {
        this.loader = loader;
    }

    public Optional<HubAsset> find(String path) {
        String relative = path.isEmpty() || path.endsWith("/") ? path + INDEX : path;
        if (!SAFE.matcher(relative).matches() || relative.contains("..")) {
            return Optional.empty();
        }
        Optional<String> type = HubAsset.contentTypeOf(relative);
        if (type.isEmpty()) {
            return relative.contains(".") ? Optional.empty() : find(INDEX);
        }
        try (InputStream in = loader.getResourceAsStream("hub/" + relative)) {
            return in == null ? Optional.empty() : Optional.of(new HubAsset(relative, type.get(), in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
