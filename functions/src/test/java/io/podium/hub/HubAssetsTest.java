package io.podium.hub;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HubAssetsTest {
    private static HubAssets assets(Path root) throws Exception {
        Files.createDirectories(root.resolve("hub/assets"));
        Files.writeString(root.resolve("hub/index.html"), "<!doctype html><title>Hub</title>");
        Files.writeString(root.resolve("hub/assets/app-1a2b.js"), "console.log(1)");
        Files.writeString(root.resolve("secret.txt"), "outside hub/");
        return new HubAssets(new URLClassLoader(new URL[]{root.toUri().toURL()}, null));
    }

    @Test
    void filesScreensAndTheIndex(@TempDir Path root) throws Exception {
        HubAssets hub = assets(root);
        HubAsset script = hub.find("assets/app-1a2b.js").orElseThrow();
        assertEquals("text/javascript; charset=utf-8", script.contentType());
        assertTrue(script.immutable());
        assertEquals("index.html", hub.find("").orElseThrow().path());
        assertEquals("index.html", hub.find("campaigns").orElseThrow().path(), "a screen of the app");
        assertEquals(false, hub.find("index.html").orElseThrow().immutable());
    }

    @Test
    void nothingOutsideTheHubAndNoUnknownTypes(@TempDir Path root) throws Exception {
        HubAssets hub = assets(root);
        assertEquals(Optional.empty(), hub.find("../secret.txt"));
        assertEquals(Optional.empty(), hub.find("assets/../../secret.txt"));
        assertEquals(Optional.empty(), hub.find(".hidden.js"));
        assertEquals(Optional.empty(), hub.find("assets/missing.js"));
        assertEquals(Optional.empty(), hub.find("app.class"));
    }
}
