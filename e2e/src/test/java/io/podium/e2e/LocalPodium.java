package io.podium.e2e;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The built local runtime (infra/local/target/podium-local.jar) as a child process, started the way the
 * README tells a newcomer to, from the repository root.
 */
public final class LocalPodium implements AutoCloseable {
    /** Short, so that revocation tests need not wait the 60 s of the template's default. */
    public static final int AUTHORIZER_CACHE_SECONDS = 2;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final String adminToken;
    private final Http http;
    /** Made on first use and kept: building an SDK client costs more than the reads the tests make with it. */
    private DynamoDbClient dynamoDb;

    private LocalPodium(Process process, Path log, String adminToken, int port) {
        this.process = process;
        this.log = log;
        this.adminToken = adminToken;
        this.http = new Http("http://127.0.0.1:" + port);
    }

    /**
     * Throttling limits far above what a test sends, so that the suite's concurrent tenants are not throttled by the
     * stage's limit or each other: ThrottlingIT tests the limits themselves.
     */
    public static final Map<String, String> UNTHROTTLED = Map.of(
            "ThrottlingRateLimit", "100000", "ThrottlingBurstLimit", "100000",
            "StandardRateLimit", "100000", "StandardBurstLimit", "100000",
            "PremiumRateLimit", "100000", "PremiumBurstLimit", "100000");

    /** A runtime on a fresh in-memory store. */
    public static LocalPodium inMemory() {
        return inMemory(UNTHROTTLED);
    }

    /** A runtime on a fresh in-memory store, with these template parameters (the template's defaults otherwise). */
    public static LocalPodium inMemory(Map<String, String> parameters) {
        return start(List.of("--in-memory"), parameters);
    }

    /** A runtime of another template than the project's (a changed copy of it), on a fresh in-memory store. */
    public static LocalPodium inMemory(Path template) {
        return start(List.of("--in-memory", "--template", template.toAbsolutePath().toString()), UNTHROTTLED);
    }

    /** A runtime persisting under {@code dataDir}. */
    public static LocalPodium persistent(Path dataDir) {
        return start(List.of("--data-dir", dataDir.toString()), UNTHROTTLED);
    }

    private static LocalPodium start(List<String> storageArgs, Map<String, String> parameters) {
        Path root = Path.of(System.getProperty("podium.root", "..")).toAbsolutePath().normalize();
        Path jar = Path.of(System.getProperty("podium.local.jar", root.resolve("infra/local/target/podium-local.jar").toString()));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests with mvn verify, which builds it first");
        }
        int port = freePort();
        String adminToken = "pdm_e2e-admin-" + UUID.randomUUID();
        List<String> command = new ArrayList<>(List.of(
                javaBinary(), "-jar", jar.toString(), "serve", "--port", Integer.toString(port),
                "--param", "AuthorizerCacheSeconds=" + AUTHORIZER_CACHE_SECONDS));
        command.addAll(storageArgs);
        parameters.forEach((name, value) -> command.addAll(List.of("--param", name + "=" + value)));
        try {
            Path log = Files.createTempFile(root.resolve("e2e/target"), "podium-local-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("PODIUM_ADMIN_TOKEN", adminToken);
            LocalPodium podium = new LocalPodium(builder.start(), log, adminToken, port);
            podium.awaitHealthy();
            return podium;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the local runtime exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                if (http.get("/health", null).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYetListening) {
                // keep polling until the deadline
            }
            pause(Duration.ofMillis(200));
        }
        process.destroyForcibly();
        throw new IllegalStateException("the local runtime was not healthy within " + START_TIMEOUT + ":\n" + output());
    }

    public Http http() {
        return http;
    }

    /**
     * A client of the runtime's DynamoDB engine, for tests that read or change the store behind the API's back (the
     * endpoint is the one the runtime prints at start). It is this runtime's: callers do not close it.
     */
    public synchronized DynamoDbClient dynamoDb() {
        if (dynamoDb != null) {
            return dynamoDb;
        }
        Matcher endpoint = Pattern.compile("DynamoDB on (http://127\\.0\\.0\\.1:\\d+)").matcher(output());
        if (!endpoint.find()) {
            throw new IllegalStateException("the runtime printed no DynamoDB endpoint:\n" + output());
        }
        dynamoDb = DynamoDbClient.builder().endpointOverride(URI.create(endpoint.group(1))).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))).build();
        return dynamoDb;
    }

    public String adminToken() {
        return adminToken;
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /** SIGTERM, as an operator's Ctrl-C or a service manager would send; returns the exit code. */
    public int stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the local runtime ignored SIGTERM:\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * SIGKILL: no shutdown hook runs, as when a machine or container dies. The JVM that {@code java -jar} started serves
     * from a second one that maps the class data archive (ServingJvm in infra/local): both are killed at once, and both
     * have exited when this returns, so that a runtime started next finds the data dir and the port free.
     */
    public void kill() {
        List<ProcessHandle> jvms = Stream.concat(process.children(), Stream.of(process.toHandle())).toList();
        jvms.forEach(ProcessHandle::destroyForcibly);
        try {
            for (ProcessHandle jvm : jvms) {
                jvm.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the local runtime outlived SIGKILL", e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
        synchronized (this) {
            if (dynamoDb != null) {
                dynamoDb.close();
            }
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
