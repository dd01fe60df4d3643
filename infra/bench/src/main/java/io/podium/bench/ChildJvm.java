package io.podium.bench;

import io.podium.local.template.Intrinsics;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateResource;

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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fresh JVM shaped like a Lambda execution environment of one function, for the scenarios that must not share this
 * JVM (which also hosts the local runtime, ElasticMQ and this module's classpath).
 *
 * <p>Each child is {@code java <the function's JAVA_TOOL_OPTIONS in the template> <extra flags> -cp functions/target/podium-functions.zip:<dir>}:
 * the shaded jar Lambda deploys plus only the listed classes and resources, copied out of this jar into a temporary
 * directory, so the classes loaded are what Lambda loads. The child's environment is only what a Lambda function has:
 * the template's variables, {@code AWS_REGION}, the credentials and {@code AWS_LAMBDA_FUNCTION_NAME} (so AwsClients
 * takes its Lambda path), plus {@code DYNAMODB_ENDPOINT}. The child prints one result line, {@code <prefix> k=v k=v…}.
 *
 * <p>Precondition: a local runtime runs in this JVM ({@code EmbeddedPodium.start}), whose system properties name the
 * endpoint, region, tables and credentials; the working directory is the repository root.
 */
final class ChildJvm implements AutoCloseable {
    /** The shaded artifact Lambda deploys (a jar, named .zip so that sam build takes it as built). */
    static final Path FUNCTIONS_JAR = Path.of("functions/target/podium-functions.zip");
    private static final Path TEMPLATE = Path.of("template.yaml");
    /** The queue's and API Gateway's variables, passed on when this JVM has them; every {@code *_TABLE} the runtime set is passed too. */
    private static final List<String> PASSED_VARIABLES = List.of("RECOMPUTE_QUEUE_URL", "SQS_ENDPOINT", "APIGATEWAY_ENDPOINT");
    private static final Pattern FIELD = Pattern.compile("(\\w+)=(\\S+)");

    private final Path directory;
    private final List<String> java;
    private final Map<String, String> environment;
    private final List<String> flags;

    /** One child's answer: the parent's wall time to the result line, the line's fields, and what went to stderr. */
    record Result(double wallMs, Map<String, String> fields, String stderr) {
        double number(String field) {
            String value = fields.get(field);
            if (value == null) {
                throw new IllegalStateException("the child's result has no " + field + ": " + fields);
            }
            return Double.parseDouble(value);
        }
    }

    private ChildJvm(Path directory, List<String> flags, Map<String, String> environment) {
        this.directory = directory;
        this.flags = List.copyOf(flags);
        this.environment = environment;
        this.java = new ArrayList<>();
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.addAll(flags);
        java.add("-cp");
        java.add(FUNCTIONS_JAR.toAbsolutePath() + File.pathSeparator + directory);
    }

    /**
     * Children of {@code functionName}, with {@code classes} and {@code resources} of this jar on their classpath
     * beside the Lambda jar, and {@code extraFlags} after the template's JVM flags.
     */
    static ChildJvm of(String functionName, List<Class<?>> classes, List<String> resources, List<String> extraFlags)
            throws IOException {
        for (Path required : List.of(FUNCTIONS_JAR, TEMPLATE)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException(required.toAbsolutePath() + " is missing: run from the repository root"
                        + " after mvn -Pbench package");
            }
        }
        List<String> flags = new ArrayList<>(javaToolOptions(Template.load(TEMPLATE), functionName));
        flags.addAll(extraFlags);
        Path directory = Files.createTempDirectory("podium-child-");
        List<String> copied = new ArrayList<>(resources);
        classes.forEach(type -> addClass(type, copied));
        for (String resource : copied) {
            Path target = directory.resolve(resource);
            Files.createDirectories(target.getParent());
            try (InputStream in = ChildJvm.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + resource + " not found");
                }
                Files.copy(in, target);
            }
        }
        return new ChildJvm(directory, flags, environment(functionName));
    }

    /** A class's file and those of its nested classes, which it loads with it. */
    private static void addClass(Class<?> type, List<String> resources) {
        resources.add(type.getName().replace('.', '/') + ".class");
        for (Class<?> nested : type.getDeclaredClasses()) {
            addClass(nested, resources);
        }
    }

    /** The JVM flags every child runs with: the template's, then the extra ones. */
    List<String> flags() {
        return flags;
    }

    /**
     * Runs {@code mainAndArguments} and waits for its result line; fails loudly if there is none, the exit is not
     * clean, or the child outlives {@code timeoutSeconds}.
     */
    Result run(String resultPrefix, long timeoutSeconds, List<String> mainAndArguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(java);
        command.addAll(mainAndArguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Path stderr = Files.createTempFile("podium-child-", ".stderr");
        builder.redirectError(stderr.toFile());
        String result = null;
        long start = System.nanoTime();
        Process process = builder.start();
        long end;
        try {
            Thread watchdog = new Thread(() -> {
                try {
                    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "child-jvm-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            StringBuilder output = new StringBuilder();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(resultPrefix + " ")) {
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
            if (result == null || exit != 0) {
                throw new IllegalStateException("child " + mainAndArguments + " failed (exit " + exit + ", result "
                        + result + ")\nstdout:\n" + output + "stderr:\n" + errors);
            }
            Map<String, String> fields = new HashMap<>();
            Matcher matcher = FIELD.matcher(result);
            while (matcher.find()) {
                fields.put(matcher.group(1), matcher.group(2));
            }
            return new Result(Bench.round((end - start) / 1e6), fields, errors);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(stderr);
        }
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /**
     * The JVM flags Lambda gives the function: its JAVA_TOOL_OPTIONS, its own if it sets one, else the Globals' (SAM
     * merges the variables key by key).
     */
    static List<String> javaToolOptions(Template template, String functionName) {
        TemplateResource function = template.function(functionName);
        Object variables = function.mappingProperty("Environment").get("Variables");
        Object flags = variables == null ? null : Template.mapping(variables, functionName + ".Environment.Variables")
                .get("JAVA_TOOL_OPTIONS");
        if (!(flags instanceof String text) || text.isBlank()) {
            throw new IllegalStateException("template.yaml sets no JAVA_TOOL_OPTIONS for " + functionName);
        }
        return Arrays.asList(text.trim().split("\\s+"));
    }

    /** A Lambda function's environment, from the system properties the local runtime set in this JVM. */
    private static Map<String, String> environment(String functionName) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
        environment.put("AWS_REGION", property("AWS_REGION"));
        environment.put("AWS_ACCESS_KEY_ID", property("aws.accessKeyId"));
        environment.put("AWS_SECRET_ACCESS_KEY", property("aws.secretAccessKey"));
        environment.put("DYNAMODB_ENDPOINT", property("DYNAMODB_ENDPOINT"));
        environment.put("SCORES_TABLE", property("SCORES_TABLE"));
        environment.put("METRICS_TABLE", property("METRICS_TABLE"));
        // The template's AWS::StackName, as the local runtime resolves it: the tiers' usage plans are named after it.
        environment.put("STACK_NAME", Intrinsics.STACK_NAME);
        // The template's tables, whichever they are: the local runtime set one property per table variable.
        System.getProperties().stringPropertyNames().stream().filter(name -> name.endsWith("_TABLE")).sorted()
                .forEach(name -> environment.putIfAbsent(name, System.getProperty(name)));
        for (String name : PASSED_VARIABLES) {
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
                    + " (EmbeddedPodium.start) before a child JVM runs");
        }
        return value;
    }
}
