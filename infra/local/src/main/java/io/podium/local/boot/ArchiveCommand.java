package io.podium.local.boot;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * {@code cds-archive}: writes the {@link ClassDataArchive} of this jar for this JVM. A serve starts in memory with
 * HotSpot's {@code -XX:ArchiveClassesAtExit}, answers the requests every client's first minute makes (the health
 * check, an authorized call that reads DynamoDB), and is stopped with SIGTERM; the JVM writes the classes it loaded
 * as it exits. {@code mvn package} runs it, after the jar and its lib/ are in place.
 */
final class ArchiveCommand {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private ArchiveCommand() {
    }

    /** @param options passed on to serve, such as {@code --template PATH} */
    static int run(List<String> options) throws IOException, InterruptedException, UsageException {
        Path jar = ClassDataArchive.runningJar()
                .orElseThrow(() -> new UsageException("cds-archive runs from podium-local.jar"));
        ClassDataArchive archive = ClassDataArchive.forThisJvm(jar);
        Path written = archive.file().resolveSibling(archive.file().getFileName() + ".tmp");
        Files.deleteIfExists(written);
        int port = freePort();
        String adminToken = "pdm_cds-archive-" + UUID.randomUUID();
        List<String> command = new ArrayList<>(List.of(ServingJvm.javaLauncher(), "-XX:ArchiveClassesAtExit=" + written,
                "-D" + ServingJvm.RELAUNCHED + "=true", "-jar", jar.toString(),
                "serve", "--in-memory", "--port", Integer.toString(port)));
        command.addAll(options);
        Path log = Files.createTempFile("podium-local-cds-archive-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PODIUM_ADMIN_TOKEN", adminToken);
        Process serve = ServingJvm.startTiedToThisJvm(builder);
        try {
            exercise(serve, URI.create("http://127.0.0.1:" + port), adminToken);
            ServingJvm.terminate(serve);
            if (!serve.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the serve being archived ignored SIGTERM");
            }
            if (!Files.isRegularFile(written) || Files.size(written) == 0) {
                throw new IllegalStateException("the JVM wrote no archive");
            }
            Files.move(written, archive.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(log);
        } catch (IllegalStateException e) {
            serve.destroyForcibly();
            System.err.print(Files.readString(log));
            throw new IllegalStateException("no class data archive: " + e.getMessage() + "; serve starts without one", e);
        }
        System.out.printf("podium-local: wrote %s (%d MB); serve started by this JVM maps it%n", archive.file(),
                Files.size(archive.file()) >> 20);
        return 0;
    }

    private static void exercise(Process serve, URI base, String adminToken) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (status(http, HttpRequest.newBuilder(base.resolve("/health"))) != 200) {
            if (!serve.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("serve was not healthy within " + START_TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
        int tokens = status(http, HttpRequest.newBuilder(base.resolve("/v3/igr/admin/tokens?copid=cds-archive"))
                .header("x-icmr-auth-1", adminToken));
        if (tokens != 200) {
            throw new IllegalStateException("GET /v3/igr/admin/tokens?copid=cds-archive answered " + tokens);
        }
    }

    private static int status(HttpClient http, HttpRequest.Builder request) throws InterruptedException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notListeningYet) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
