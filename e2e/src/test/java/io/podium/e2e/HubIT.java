package io.podium.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Hub in headless Chromium (Playwright, hub/e2e/hub.e2e.mjs) against the local runtime, which serves the app at
 * /hub/ from the same template as the API: paste a token, create a campaign, submit scores, finalize from the UI, see
 * the leaderboard and its chart fill in, search a driver, see a validation error. Screenshots go to
 * hub/target/screenshots/.
 */
@ExtendWith(SharedPodium.class)
class HubIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void theHubRunsItsFlowInABrowser(LocalPodium podium) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(CHROMIUM), "the browser tests need Debian's chromium: apt-get install -y chromium"
                + " (.ci/run installs it)");
        HttpResponse<String> index = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(podium.http().baseUrl() + "/hub/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, index.statusCode(), "the runtime serves the Hub");
        assertTrue(index.headers().firstValue("content-type").orElse("").startsWith("text/html"), index.headers().toString());
        Path hub = Path.of(System.getProperty("podium.root", "..")).toAbsolutePath().normalize().resolve("hub");
        Path log = Files.createDirectories(hub.resolve("target")).resolve("hub-e2e.log");
        ProcessBuilder browser = new ProcessBuilder("npm", "run", "e2e").directory(hub.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        browser.environment().put("PODIUM_URL", podium.http().baseUrl());
        browser.environment().put("PODIUM_ADMIN_TOKEN", podium.adminToken());
        Process process = browser.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertTrue(finished, "the browser flow did not finish in 5 minutes:\n" + output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(Files.size(hub.resolve("target/screenshots/leaderboard.png")) > 0, "the leaderboard's screenshot");
    }
}
