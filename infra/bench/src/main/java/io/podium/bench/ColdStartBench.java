package io.podium.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scenario 4, cold start: fresh JVMs that handle the first SubmitScores event (the real Lambda artifact, against the
 * running DynamoDB Local), against fresh JVMs running a trivial handler, in the same run and interleaved, so that
 * the ratio holds on a noisy machine where the times do not.
 *
 * <p>Each child is {@code java <template's JAVA_TOOL_OPTIONS> -cp functions/target/podium-functions.jar:<drivers>}:
 * the shaded jar Lambda deploys plus only the four driver classes, copied out of this jar into a temporary
 * directory (never this module's classpath, which holds DynamoDB Local and an SDK interceptor), so the classes loaded
 * are what Lambda loads. The child's environment is only what a Lambda function has: the template's variables,
 * {@code AWS_REGION}, the credentials and {@code AWS_LAMBDA_FUNCTION_NAME} (so AwsClients takes its Lambda path),
 * plus {@code DYNAMODB_ENDPOINT}.
 *
 * <p>Precondition: a local runtime runs in this JVM ({@code EmbeddedPodium.start}), whose system properties name the
 * endpoint, region, tables and credentials; the working directory is the repository root.
 */
public final class ColdStartBench {
    private static final Path FUNCTIONS_JAR = Path.of("functions/target/podium-functions.jar");
    private static final Path FIXTURE = Path.of("events/submit-scores.json");
    private static final Path TEMPLATE = Path.of("template.yaml");
    private static final String FUNCTION_NAME = "SubmitScoresFunction";
    private static final List<Class<?>> DRIVER_CLASSES =
            List.of(ColdStartDriver.class, TrivialDriver.class, TrivialHandler.class, DriverSupport.class);
    /** The template's function variables, passed on when this JVM has them (the runtime sets them all). */
    private static final List<String> FUNCTION_VARIABLES = List.of("TOKENS_TABLE", "METRICS_TABLE", "SCORES_TABLE",
            "CAMPAIGNS_TABLE", "LEADERBOARDS_TABLE", "SETTINGS_TABLE", "EVENTS_TABLE", "RECOMPUTE_QUEUE_URL",
            "SQS_ENDPOINT");
    private static final long CHILD_TIMEOUT_SECONDS = 120;
    private static final Pattern FIELD = Pattern.compile("(\\w+)=(\\S+)");

    private ColdStartBench() {
    }

    /** One child JVM's figures: the parent's wall time to the result line, and the child's own. */
    private record Child(double wallMs, double uptimeMs, int classes, double initMs, double invokeMs, int primers) {
    }

    /**
     * The {@code coldStart} object: medians over {@code runs} (at least 5) runs of each kind, their ratio, and every
     * sample. One discarded warm-up run of each kind comes first (it fills the OS page cache with the JDK and jar).
     */
    public static Map<String, Object> run(int runs) throws IOException, InterruptedException {
        if (runs < 5) {
            throw new IllegalArgumentException("at least 5 runs, got " + runs);
        }
        for (Path required : List.of(FUNCTIONS_JAR, FIXTURE, TEMPLATE)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException(required.toAbsolutePath() + " is missing: run from the repository root"
                        + " after mvn -Pbench package");
            }
        }
        List<String> jvmFlags = javaToolOptions(Files.readString(TEMPLATE));
        Map<String, String> environment = childEnvironment();
        Path drivers = Files.createTempDirectory("podium-coldstart-");
        try {
            copyDriverClasses(drivers);
            String classPath = FUNCTIONS_JAR.toAbsolutePath() + File.pathSeparator + drivers;
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmFlags);
            command.add("-cp");
            command.add(classPath);
            String fixture = FIXTURE.toAbsolutePath().toString();

            child(command, environment, List.of(TrivialDriver.class.getName(), fixture, copid()));
            child(command, environment, List.of(ColdStartDriver.class.getName(), "cold", fixture, copid()));

            List<Child> handler = new ArrayList<>();
            List<Child> trivial = new ArrayList<>();
            List<Child> primed = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                trivial.add(child(command, environment, List.of(TrivialDriver.class.getName(), fixture, copid())));
                handler.add(child(command, environment, List.of(ColdStartDriver.class.getName(), "cold", fixture, copid())));
                primed.add(child(command, environment, List.of(ColdStartDriver.class.getName(), "primed", fixture, copid())));
            }
            return report(runs, jvmFlags, handler, trivial, primed);
        } finally {
            try (Stream<Path> files = Files.walk(drivers)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static Map<String, Object> report(int runs, List<String> jvmFlags, List<Child> handler, List<Child> trivial,
                                              List<Child> primed) {
        if (primed.stream().anyMatch(child -> child.primers() == 0)) {
            throw new IllegalStateException("SubmitScoresHandler registered no SnapStart priming");
        }
        // handlerMs is the parent's wall time from just before the process starts to the child's result line, sent
        // right after the first invoke returned: JVM start, class loading, init and the invoke, which is what a Lambda
        // cold start (without SnapStart) is made of. The child's JVM uptime (handlerUptimeMs) misses the time before
        // the JVM counts itself as started; it is reported beside it for comparison.
        List<Double> handlerMs = handler.stream().map(Child::wallMs).toList();
        List<Double> trivialMs = trivial.stream().map(Child::wallMs).toList();
        List<Integer> classesLoaded = handler.stream().map(Child::classes).toList();
        // The first invoke after the priming SnapStart runs before its snapshot, in the same JVM (invoke only).
        List<Double> primedFirstInvokeMs = primed.stream().map(Child::invokeMs).toList();
        // The same invoke without priming, in the handler runs: what primedFirstInvokeMs compares with.
        List<Double> unprimedFirstInvokeMs = handler.stream().map(Child::invokeMs).toList();
        List<Double> handlerInitMs = handler.stream().map(Child::initMs).toList();
        List<Double> handlerUptimeMs = handler.stream().map(Child::uptimeMs).toList();
        List<Double> trivialUptimeMs = trivial.stream().map(Child::uptimeMs).toList();
        List<Integer> trivialClassesLoaded = trivial.stream().map(Child::classes).toList();
        double handlerMedian = Stats.median(handlerMs);
        double trivialMedian = Stats.median(trivialMs);

        Map<String, Object> coldStart = new LinkedHashMap<>();
        coldStart.put("handlerMs", Bench.round(handlerMedian));
        coldStart.put("trivialMs", Bench.round(trivialMedian));
        coldStart.put("ratio", Bench.round(handlerMedian / trivialMedian));
        coldStart.put("classesLoaded", medianCount(classesLoaded));
        coldStart.put("primedFirstInvokeMs", Bench.round(Stats.median(primedFirstInvokeMs)));
        coldStart.put("unprimedFirstInvokeMs", Bench.round(Stats.median(unprimedFirstInvokeMs)));
        coldStart.put("handlerInitMs", Bench.round(Stats.median(handlerInitMs)));
        coldStart.put("handlerUptimeMs", Bench.round(Stats.median(handlerUptimeMs)));
        coldStart.put("trivialUptimeMs", Bench.round(Stats.median(trivialUptimeMs)));
        coldStart.put("trivialClassesLoaded", medianCount(trivialClassesLoaded));
        coldStart.put("jvmFlags", String.join(" ", jvmFlags));
        coldStart.put("runs", runs);
        Map<String, Object> samples = new LinkedHashMap<>();
        samples.put("handlerMs", handlerMs);
        samples.put("trivialMs", trivialMs);
        samples.put("classesLoaded", classesLoaded);
        samples.put("primedFirstInvokeMs", primedFirstInvokeMs);
        samples.put("unprimedFirstInvokeMs", unprimedFirstInvokeMs);
        samples.put("handlerInitMs", handlerInitMs);
        samples.put("handlerUptimeMs", handlerUptimeMs);
        samples.put("trivialUptimeMs", trivialUptimeMs);
        samples.put("trivialClassesLoaded", trivialClassesLoaded);
        coldStart.put("samples", samples);
        return coldStart;
    }

    /** Nearest-rank median, so one of the counts measured. */
    private static int medianCount(List<Integer> counts) {
        return (int) Stats.median(counts.stream().map(Integer::doubleValue).toList());
    }

    /** Starts one child JVM and waits for its result line; fails loudly on anything but a 200 and a clean exit. */
    private static Child child(List<String> java, Map<String, String> environment, List<String> driver)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(java);
        command.addAll(driver);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Path stderr = Files.createTempFile("podium-coldstart-", ".stderr");
        builder.redirectError(stderr.toFile());
        String result = null;
        long start = System.nanoTime();
        Process process = builder.start();
        long end;
        try {
            Thread watchdog = new Thread(() -> {
                try {
                    if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "coldstart-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            StringBuilder output = new StringBuilder();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(DriverSupport.RESULT + " ")) {
                        result = line;
                        break;
                    }
                    output.append(line).append('\n');
                }
                end = System.nanoTime();
                out.transferTo(Writer.nullWriter());
            }
            int exit = process.waitFor();
            String errors = Files.readString(stderr);
            // SnapStartPriming logs a failed primer instead of throwing; primedFirstInvokeMs would then be unprimed.
            if (result == null || exit != 0 || errors.contains("SnapStart priming")) {
                throw new IllegalStateException("cold-start child " + driver + " failed (exit " + exit + ", result "
                        + result + ")\nstdout:\n" + output + "stderr:\n" + errors);
            }
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(stderr);
        }
        Map<String, String> fields = new HashMap<>();
        Matcher matcher = FIELD.matcher(result);
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2));
        }
        if (!"200".equals(fields.get("status"))) {
            throw new IllegalStateException("cold-start child " + driver + " answered " + result);
        }
        return new Child(Bench.round((end - start) / 1e6), Double.parseDouble(fields.get("uptimeMs")),
                Integer.parseInt(fields.get("classes")), Double.parseDouble(fields.get("initMs")),
                Double.parseDouble(fields.get("invokeMs")), Integer.parseInt(fields.getOrDefault("primers", "0")));
    }

    /** The JVM flags Lambda gives every function: JAVA_TOOL_OPTIONS of the template's Globals. */
    static List<String> javaToolOptions(String template) {
        Matcher matcher = Pattern.compile("(?m)^\\s*JAVA_TOOL_OPTIONS:\\s*(.+?)\\s*$").matcher(template);
        if (!matcher.find()) {
            throw new IllegalStateException("template.yaml sets no JAVA_TOOL_OPTIONS");
        }
        String flags = matcher.group(1);
        if (flags.length() >= 2 && (flags.startsWith("'") || flags.startsWith("\""))) {
            flags = flags.substring(1, flags.length() - 1);
        }
        return Arrays.asList(flags.trim().split("\\s+"));
    }

    /** A Lambda function's environment, from the system properties the local runtime set in this JVM. */
    private static Map<String, String> childEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_LAMBDA_FUNCTION_NAME", FUNCTION_NAME);
        environment.put("AWS_REGION", property("AWS_REGION"));
        environment.put("AWS_ACCESS_KEY_ID", property("aws.accessKeyId"));
        environment.put("AWS_SECRET_ACCESS_KEY", property("aws.secretAccessKey"));
        environment.put("DYNAMODB_ENDPOINT", property("DYNAMODB_ENDPOINT"));
        environment.put("SCORES_TABLE", property("SCORES_TABLE"));
        environment.put("METRICS_TABLE", property("METRICS_TABLE"));
        for (String name : FUNCTION_VARIABLES) {
            String value = System.getProperty(name);
            if (value != null) {
                environment.putIfAbsent(name, value);
            }
        }
        return environment;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: start the local runtime"
                    + " (EmbeddedPodium.start) before the cold-start scenario");
        }
        return value;
    }

    private static void copyDriverClasses(Path directory) throws IOException {
        for (Class<?> type : DRIVER_CLASSES) {
            String resource = type.getName().replace('.', '/') + ".class";
            Path target = directory.resolve(resource);
            Files.createDirectories(target.getParent());
            try (InputStream in = ColdStartBench.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("driver class " + resource + " not found");
                }
                Files.copy(in, target);
            }
        }
    }

    /** A company no other run used, so no run meets a finalized day or another run's scores. */
    private static String copid() {
        return "coldstart-" + UUID.randomUUID().toString().replace("-", "");
    }
}
