package io.podium.bench;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 5, local runtime: from starting {@code java -jar infra/local/target/podium-local.jar serve --in-memory}
 * (from the repository root, on a free port) to the first 200 of {@code GET /health}; the process is then stopped
 * with SIGTERM, as Ctrl-C would, and waited for before the next run.
 */
public final class LocalReadyBench {
    /** The target for readyMs. */
    public static final int TARGET_MS = 5000;

    private static final Path LOCAL_JAR = Path.of("infra/local/target/podium-local.jar");
    private static final long GIVE_UP_MS = 120_000;
    private static final int POLL_MS = 20;

    private LocalReadyBench() {
    }

    /** The {@code local} object: the median of {@code runs} (at least 3) starts, every sample and the target. */
    public static Map<String, Object> run(int runs) throws IOException, InterruptedException {
        if (runs < 3) {
            throw new IllegalArgumentException("at least 3 runs, got " + runs);
        }
        if (!Files.isRegularFile(LOCAL_JAR)) {
            throw new IllegalStateException(LOCAL_JAR.toAbsolutePath() + " is missing: run from the repository root"
                    + " after mvn -Pbench package");
        }
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            samples.add(Bench.round(readyMs()));
        }
        Map<String, Object> local = new LinkedHashMap<>();
        local.put("readyMs", Stats.median(samples));
        local.put("target", TARGET_MS);
        local.put("runs", runs);
        local.put("samples", samples);
        return local;
    }

    private static double readyMs() throws IOException, InterruptedException {
        int port = freePort();
        Path log = Files.createTempFile("podium-local-ready-", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", LOCAL_JAR.toString(), "serve", "--in-memory", "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            URL health = URI.create("http://127.0.0.1:" + port + "/health").toURL();
            while (true) {
                if (healthy(health)) {
                    return (System.nanoTime() - start) / 1e6;
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("podium-local exited with " + process.exitValue()
                            + " before /health answered:\n" + Files.readString(log));
                }
                if ((System.nanoTime() - start) / 1_000_000 > GIVE_UP_MS) {
                    throw new IllegalStateException("podium-local gave no healthy /health within " + GIVE_UP_MS
                            + " ms:\n" + Files.readString(log));
                }
                Thread.sleep(POLL_MS);
            }
        } finally {
            process.destroy(); // SIGTERM: the runtime's shutdown hook stops DynamoDB Local and ElasticMQ
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            Files.deleteIfExists(log);
        }
    }

    private static boolean healthy(URL health) {
        try {
            HttpURLConnection connection = (HttpURLConnection) health.openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
