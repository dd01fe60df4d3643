package io.podium.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scenario 4, cold start: fresh JVMs that handle the first SubmitScores event (the real Lambda artifact, against the
 * running local DynamoDB engine), against fresh JVMs running a trivial handler, in the same run and interleaved, so that
 * the ratio holds on a noisy machine where the times do not.
 *
 * <p>Each child is a {@link ChildJvm} with only the four driver classes beside the Lambda jar (never this module's
 * classpath, which holds the local runtime and an SDK interceptor), so the classes loaded are what Lambda loads.
 */
public final class ColdStartBench {
    private static final Path FIXTURE = Path.of("events/submit-scores.json");
    private static final String FUNCTION_NAME = "SubmitScoresFunction";
    private static final List<Class<?>> DRIVER_CLASSES =
            List.of(ColdStartDriver.class, TrivialDriver.class, TrivialHandler.class, DriverSupport.class);
    private static final long CHILD_TIMEOUT_SECONDS = 120;

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
        if (!Files.isRegularFile(FIXTURE)) {
            throw new IllegalStateException(FIXTURE.toAbsolutePath() + " is missing: run from the repository root");
        }
        try (ChildJvm jvm = ChildJvm.of(FUNCTION_NAME, DRIVER_CLASSES, List.of(), List.of())) {
            String fixture = FIXTURE.toAbsolutePath().toString();
            child(jvm, List.of(TrivialDriver.class.getName(), fixture, copid()));
            child(jvm, List.of(ColdStartDriver.class.getName(), "cold", fixture, copid()));

            List<Child> handler = new ArrayList<>();
            List<Child> trivial = new ArrayList<>();
            List<Child> primed = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                trivial.add(child(jvm, List.of(TrivialDriver.class.getName(), fixture, copid())));
                handler.add(child(jvm, List.of(ColdStartDriver.class.getName(), "cold", fixture, copid())));
                primed.add(child(jvm, List.of(ColdStartDriver.class.getName(), "primed", fixture, copid())));
            }
            return report(runs, jvm.flags(), handler, trivial, primed);
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

    /**
     * The {@code coldStart.firstKey} object: fresh JVMs of CreateTokenFunction that create a company's first API key
     * through the local API Gateway control plane ({@link FirstKeyDriver}), against fresh trivial JVMs, interleaved:
     * medians over {@code runs} runs, their ratio ({@code ratio}), and the classes the key's JVM loaded.
     */
    public static Map<String, Object> firstKey(int runs) throws IOException, InterruptedException {
        try (ChildJvm jvm = ChildJvm.of("CreateTokenFunction",
                List.of(FirstKeyDriver.class, TrivialDriver.class, TrivialHandler.class, DriverSupport.class),
                List.of(), List.of())) {
            String fixture = FIXTURE.toAbsolutePath().toString();
            child(jvm, List.of(TrivialDriver.class.getName(), fixture, copid()));
            child(jvm, List.of(FirstKeyDriver.class.getName(), copid()));
            List<Child> key = new ArrayList<>();
            List<Child> trivial = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                trivial.add(child(jvm, List.of(TrivialDriver.class.getName(), fixture, copid())));
                key.add(child(jvm, List.of(FirstKeyDriver.class.getName(), copid())));
            }
            double keyMs = Stats.median(key.stream().map(Child::wallMs).toList());
            double trivialMs = Stats.median(trivial.stream().map(Child::wallMs).toList());
            Map<String, Object> firstKey = new LinkedHashMap<>();
            firstKey.put("ms", Bench.round(keyMs));
            firstKey.put("trivialMs", Bench.round(trivialMs));
            firstKey.put("ratio", Bench.round(keyMs / trivialMs));
            firstKey.put("keyMs", Bench.round(Stats.median(key.stream().map(Child::invokeMs).toList())));
            firstKey.put("classesLoaded", medianCount(key.stream().map(Child::classes).toList()));
            firstKey.put("runs", runs);
            return firstKey;
        }
    }

    /** Nearest-rank median, so one of the counts measured. */
    private static int medianCount(List<Integer> counts) {
        return (int) Stats.median(counts.stream().map(Integer::doubleValue).toList());
    }

    /** Runs one child; fails loudly on anything but a 200 and a priming that ran without complaint. */
    private static Child child(ChildJvm jvm, List<String> driver) throws IOException, InterruptedException {
        ChildJvm.Result result = jvm.run(DriverSupport.RESULT, CHILD_TIMEOUT_SECONDS, driver);
        // SnapStartPriming logs a failed primer instead of throwing; primedFirstInvokeMs would then be unprimed.
        if (result.stderr().contains("SnapStart priming") || !"200".equals(result.fields().get("status"))) {
            throw new IllegalStateException("cold-start child " + driver + " answered " + result.fields()
                    + "\nstderr:\n" + result.stderr());
        }
        return new Child(result.wallMs(), result.number("uptimeMs"), (int) result.number("classes"),
                result.number("initMs"), result.number("invokeMs"), (int) Double.parseDouble(result.fields().getOrDefault("primers", "0")));
    }

    /** A company no other run used, so no run meets a finalized day or another run's scores. */
    private static String copid() {
        return "coldstart-" + UUID.randomUUID().toString().replace("-", "");
    }
}
