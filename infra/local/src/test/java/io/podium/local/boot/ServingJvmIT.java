package io.podium.local.boot;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code java -jar podium-local.jar serve} as a user starts it, from the jar the build made: it serves from a second
 * JVM that maps the class data archive the build wrote, and the two JVMs (with the DynamoDB engine) live and die as one.
 */
class ServingJvmIT {
    private static final Path JAR = Path.of("target/podium-local.jar").toAbsolutePath();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final List<ProcessHandle> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsLeft() {
        started.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void sigtermStopsTheServingJvmAndItsEngineBeforeTheStartedJvmExits(@TempDir Path dir) throws Exception {
        Process serve = serve(dir, "--data-dir", dir.resolve("data").toString()).process();
        List<ProcessHandle> tree = serve.descendants().toList();
        assertTrue(tree.size() >= 2, "the serving JVM and its DynamoDB engine: " + tree);
        serve.destroy();
        assertTrue(serve.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(List.of(), tree.stream().filter(ProcessHandle::isAlive).toList(),
                "every process of the runtime has exited when the JVM the user started does");
        assertTrue(Files.isRegularFile(dir.resolve("data/dynamodb/snapshot.jsonl")),
                "the engine compacted its log on the way out: it was stopped, not halted");
    }

    /** One start for both, since each costs seconds: the archive is mapped, and a SIGKILL leaves no process behind. */
    @Test
    void serveRunsInAJvmThatMapsTheArchiveAndDiesWithTheJvmStarted(@TempDir Path log) throws Exception {
        ClassDataArchive archive = ClassDataArchive.forThisJvm(JAR);
        assertTrue(archive.current(), archive.file() + " is missing or older than the jars: mvn package writes it");
        Serve started = serve(log, "--in-memory");
        Process serve = started.process();
        String commandLine = servingJvm(serve).info().commandLine().orElse("");
        assertTrue(commandLine.contains("-XX:SharedArchiveFile=" + archive.file()), commandLine);
        assertEquals(200, health(started.port()));

        List<ProcessHandle> tree = serve.descendants().toList();
        serve.destroyForcibly();
        serve.waitFor();
        Instant deadline = Instant.now().plus(WAIT);
        while (tree.stream().anyMatch(ProcessHandle::isAlive)) {
            if (Instant.now().isAfter(deadline)) {
                fail("still running " + WAIT + " after the JVM that started them was killed: "
                        + tree.stream().filter(ProcessHandle::isAlive).toList());
            }
            Thread.sleep(20);
        }
    }

    private record Serve(Process process, int port) {
    }

    /** Starts serve on a free port, as the README does, and waits until /health answers. */
    private Serve serve(Path dir, String... storage) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(ServingJvm.javaLauncher(), "-jar", JAR.toString(), "serve",
                "--port", Integer.toString(port), "--template", CommandRun.project("template.yaml")));
        command.addAll(List.of(storage));
        Path output = dir.resolve("serve-" + port + ".log");
        Process serve = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        started.add(serve.toHandle());
        Instant deadline = Instant.now().plus(WAIT);
        while (health(port) != 200) {
            if (!serve.isAlive() || Instant.now().isAfter(deadline)) {
                fail("serve was not healthy:\n" + Files.readString(output));
            }
            Thread.sleep(50);
        }
        started.addAll(serve.descendants().toList());
        return new Serve(serve, port);
    }

    private static ProcessHandle servingJvm(Process serve) {
        return serve.children().filter(child -> child.info().commandLine().orElse("").contains(JAR.toString()))
                .findFirst().orElseThrow(() -> new AssertionError("serve started no serving JVM: "
                        + serve.children().map(child -> child.info().commandLine().orElse("?")).toList()));
    }

    private static int health(int port) throws InterruptedException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYetListening) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
