package io.podium.local.dynamodb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Podium's default local DynamoDB: moto's DynamoDB (Apache-2.0) behind Podium's own launcher,
 * {@code podium_dynamodb.py}, in a child process on a free port. The launcher keeps its log and snapshot in the given
 * directory, or nothing when there is none.
 * <p>
 * The child reads its stdin until it closes. Closing this object closes it, and so does the operating system when the
 * JVM dies, even by SIGKILL: the child then compacts its log and exits, and no engine outlives its runtime.
 */
public final class MotoDynamoDb implements AutoCloseable {
    /** The launcher, a resource of this jar, written to a file for python to run. */
    static final String SCRIPT = "podium_dynamodb.py";
    /** The python that runs the launcher: PODIUM_PYTHON, or python3 on the PATH. */
    private static final String PYTHON = System.getenv().getOrDefault("PODIUM_PYTHON", "python3");
    /** Compaction on close writes every item once; a large local data set takes seconds. */
    private static final long CLOSE_SECONDS = 120;

    private final Process process;
    private final URI endpoint;
    private MotoDynamoDb(Process process, int port) {
        this.process = process;
        this.endpoint = URI.create("http://127.0.0.1:" + port);
    }

    /** @param dataDirectory where the log and snapshot live, or null to keep everything in memory */
    public static MotoDynamoDb start(Path dataDirectory) throws IOException {
        return start(dataDirectory, List.of());
    }

    /** @param options more options of the launcher, such as {@code --compact-after N} */
    static MotoDynamoDb start(Path dataDirectory, List<String> options) throws IOException {
        Path script = script();
        List<String> command = new ArrayList<>(List.of(PYTHON, "-u", script.toString()));
        if (dataDirectory != null) {
            command.addAll(List.of("--data-dir", dataDirectory.toString()));
        }
        command.addAll(options);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            Files.deleteIfExists(script);
            throw new IllegalStateException("the local DynamoDB engine needs " + PYTHON + " with moto[server] "
                    + "(see the README's prerequisites): " + e.getMessage());
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String ready = out.readLine();
        if (ready == null || !ready.startsWith("READY ")) {
            process.destroyForcibly();
            Files.deleteIfExists(script);
            // The launcher said why on stderr, in one line (a missing or different moto, a damaged log).
            throw new IllegalStateException("the local DynamoDB engine did not start; its reason is printed above");
        }
        // Python has read the whole script by now: a runtime killed later leaves no copy of it behind.
        Files.deleteIfExists(script);
        return new MotoDynamoDb(process, Integer.parseInt(ready.substring("READY ".length()).trim()));
    }

    /** The launcher, written to a new temporary file. */
    static Path script() throws IOException {
        Path script = Files.createTempFile("podium_dynamodb", ".py");
        try (InputStream resource = MotoDynamoDb.class.getResourceAsStream(SCRIPT)) {
            Files.copy(resource, script, StandardCopyOption.REPLACE_EXISTING);
        }
        return script;
    }

    static String python() {
        return PYTHON;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The engine's process id, for tests that watch its memory. */
    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(CLOSE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
