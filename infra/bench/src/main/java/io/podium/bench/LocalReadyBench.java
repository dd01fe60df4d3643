package io.podium.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Scenario 5, local runtime: from starting {@code java -jar infra/local/target/podium-local.jar serve --in-memory}
 * (from the repository root, on a free port) to the first 200 of {@code GET /health}; the process is then stopped
 * with SIGTERM, as Ctrl-C would, and waited for before the next run. The same start is measured again on a data dir
 * into which the DynamoDB engine logged {@value #LOGGED_WRITES} writes, left as a crash leaves it (the engine
 * killed, not stopped), so that the start replays what the engine keeps.
 */
public final class LocalReadyBench {
    /** The target for readyMs. */
    public static final int TARGET_MS = 5000;

    /** The writes in the data dir of the second case; its key says the same number. */
    static final int LOGGED_WRITES = 100_000;
    private static final int WRITERS = 8;

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
            samples.add(Bench.round(readyMs(List.of("--in-memory"))));
        }
        Map<String, Object> local = measured(samples);
        Path logged = loggedDataDir();
        try {
            List<Double> withLog = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Path copy = copyOf(logged);
                try {
                    withLog.add(Bench.round(readyMs(List.of("--data-dir", copy.toString()))));
                } finally {
                    deleteTree(copy);
                }
            }
            Map<String, Object> case2 = measured(withLog);
            case2.put("writes", LOGGED_WRITES);
            case2.put("snapshotLines", lines(logged.resolve("dynamodb/snapshot.jsonl")));
            case2.put("logRecords", lines(logged.resolve("dynamodb/log.jsonl")));
            local.put("logged" + LOGGED_WRITES, case2);
        } finally {
            deleteTree(logged);
        }
        return local;
    }

    private static Map<String, Object> measured(List<Double> samples) {
        Map<String, Object> local = new LinkedHashMap<>();
        local.put("readyMs", Stats.median(samples));
        local.put("target", TARGET_MS);
        local.put("runs", samples.size());
        local.put("samples", samples);
        return local;
    }

    /**
     * A data dir whose DynamoDB engine logged {@link #LOGGED_WRITES} single-item writes (PutItem, from
     * {@value #WRITERS} threads, into the template's tables as the runtime made them), and was then killed with
     * SIGKILL, so that it compacted nothing on the way out: the start after finds what a crash leaves.
     */
    private static Path loggedDataDir() throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("podium-local-logged-");
        Path log = Files.createTempFile("podium-local-seed-", ".log");
        Process serve = start(List.of("--data-dir", dataDir.toString()), log);
        try {
            URI dynamoDb = URI.create(new ObjectMapper().readTree(dataDir.resolve("endpoints.json").toFile())
                    .get("dynamoDb").asText());
            try (DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(dynamoDb).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .httpClient(UrlConnectionHttpClient.create()).build()) {
                String table = dynamo.listTables().tableNames().stream().filter(name -> name.contains("Scores"))
                        .findFirst().orElseThrow();
                List<KeySchemaElement> key = dynamo.describeTable(d -> d.tableName(table)).table().keySchema();
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    done.add(writers.submit(() -> {
                        for (int i = writer; i < LOGGED_WRITES; i += WRITERS) {
                            Map<String, AttributeValue> item = new HashMap<>();
                            item.put(key.get(0).attributeName(), AttributeValue.fromS("bench#distance#2026-11-" + (1 + i % 30)));
                            item.put(key.get(1).attributeName(), AttributeValue.fromS(String.format("driver-%07d", i)));
                            item.put("score", AttributeValue.fromN(Integer.toString(i % 1000)));
                            dynamo.putItem(put -> put.tableName(table).item(item));
                        }
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
                writers.shutdown();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("seeding the data dir failed", e.getCause());
        } finally {
            for (ProcessHandle child : serve.descendants().toList()) {
                child.destroyForcibly();
                child.onExit().join();
            }
            serve.destroyForcibly().waitFor();
            Files.deleteIfExists(log);
        }
        return dataDir;
    }

    private static double readyMs(List<String> options) throws IOException, InterruptedException {
        Path log = Files.createTempFile("podium-local-ready-", ".log");
        long start = System.nanoTime();
        Process process = start(options, log);
        try {
            return (System.nanoTime() - start) / 1e6;
        } finally {
            process.destroy(); // SIGTERM: the runtime's shutdown hook stops the DynamoDB engine and ElasticMQ
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            Files.deleteIfExists(log);
        }
    }

    /** Starts serve with these options on a free port and returns once its /health answers 200. */
    private static Process start(List<String> options, Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", LOCAL_JAR.toString(), "serve", "--port", Integer.toString(port)));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            URL health = URI.create("http://127.0.0.1:" + port + "/health").toURL();
            while (true) {
                if (healthy(health)) {
                    return process;
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
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly().waitFor();
            throw e;
        }
    }

    private static Path copyOf(Path dataDir) throws IOException {
        Path copy = Files.createTempDirectory("podium-local-copy-");
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(dataDir.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().endsWith(".lock")) {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
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
