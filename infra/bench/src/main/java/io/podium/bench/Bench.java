package io.podium.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.podium.local.boot.EmbeddedPodium;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark: ingest, recompute, leaderboard reads, cold start and local start-up, against the local runtime's
 * DynamoDB engine and ElasticMQ. Capacity comes from the engine's ConsumedCapacity and calls are counted by an SDK
 * interceptor; times are compared as ratios to a baseline measured in the same run. Writes
 * infra/bench/target/bench-results.json and prints a table. Run from the repository root:
 * {@code java -jar infra/bench/target/podium-bench.jar [--quick] [--boards N,N…] [--activity] [--corrections]
 * [--leaderboards]}.
 * {@code --boards} runs only the mode's boards of those sizes (ingest and load still run first), to measure one board
 * again without the rest; {@code --activity} runs only the activity feeds' scenario ({@link ActivityBench}, on
 * 1,000,000 events, or 100,000 with {@code --quick}); {@code --corrections} runs only the corrections scenario, and
 * {@code --leaderboards} only the custom leaderboards' ({@link CustomBoardsBench}).
 */
public final class Bench {
    /**
     * Boards measured, drivers × days. A board's keys name its real size ({@code recompute.n5000.*} is a board of 5,000
     * drivers), so a quick figure can never be read as a full one; the JSON's {@code mode} says which run it was.
     */
    private static final List<Board> FULL_BOARDS = List.of(new Board(1_000, 30, true), new Board(10_000, 30, true),
            new Board(100_000, 30, true), new Board(1_000_000, 30, false));
    private static final List<Board> QUICK_BOARDS =
            List.of(new Board(1_000, 5, true), new Board(2_000, 5, true), new Board(5_000, 5, true));
    /** Scenario 7: a correction of one day of a 30-day board, at these sizes. */
    private static final List<Board> FULL_CORRECTIONS = List.of(new Board(1_000, 30, true), new Board(10_000, 30, true));
    private static final List<Board> QUICK_CORRECTIONS = List.of(new Board(1_000, 30, true));

    /**
     * A board size and the key its figures go under. A {@code rebuilt} board's first days are seeded as scores and
     * its full rebuild is measured; otherwise they are published directly, and only the day after is seeded.
     */
    record Board(int drivers, int days, boolean rebuilt) {
        String key() {
            return "n" + drivers;
        }
    }

    private Bench() {
    }

    public static void main(String[] args) {
        try {
            List<String> arguments = List.of(args);
            boolean quick = arguments.contains("--quick");
            if (arguments.contains("--corrections")) {
                runCorrections(quick);
                return;
            }
            if (arguments.contains("--leaderboards")) {
                runLeaderboards(quick);
                return;
            }
            if (arguments.contains("--coldstart")) {
                runColdStart(quick);
                return;
            }
            List<Board> boards = quick ? QUICK_BOARDS : FULL_BOARDS;
            int only = arguments.indexOf("--boards");
            if (only >= 0) {
                List<String> sizes = List.of(arguments.get(only + 1).split(","));
                boards = boards.stream().filter(board -> sizes.contains(Integer.toString(board.drivers()))).toList();
                if (boards.isEmpty()) {
                    throw new IllegalArgumentException("--boards names none of this mode's boards: " + sizes);
                }
            }
            run(quick, boards, only >= 0, arguments.contains("--activity"));
        } catch (Exception | Error failure) {
            failure.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(boolean quick, List<Board> boards, boolean someBoards, boolean activityOnly) throws Exception {
        Path root = repositoryRoot();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("mode", quick ? "quick" : "full");
        if (someBoards) {
            results.put("boards", boards.stream().map(Board::key).toList());
        }
        if (activityOnly) {
            results.put("scenarios", List.of(ActivityBench.KEY));
            boards = List.of();
        }
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version")));
        // Throughput is what is measured here, not API Gateway's limits (ThrottlingIT tests those).
        Map<String, String> unthrottled = Map.of("ThrottlingRateLimit", "1000000", "ThrottlingBurstLimit", "1000000",
                "StandardRateLimit", "1000000", "StandardBurstLimit", "1000000",
                "PremiumRateLimit", "1000000", "PremiumBurstLimit", "1000000");
        try (EmbeddedPodium podium = EmbeddedPodium.start(root.resolve("template.yaml"), unthrottled)) {
            if (!activityOnly) {
                measureAllButActivity(podium, quick, boards, someBoards, results);
            }
            if (activityOnly || !someBoards) {
                results.put(ActivityBench.KEY, new ActivityBench(quick ? ActivityBench.QUICK_EVENTS
                        : ActivityBench.FULL_EVENTS).run());
                System.err.println("bench: activity " + results.get(ActivityBench.KEY));
            }
        }
        if (!someBoards && !activityOnly) {
            results.put("local", LocalReadyBench.run(3));
        }
        write(root, results, boards.stream().map(Board::key).toList(), "bench-results.json");
    }

    /** What one scenario run alone measures, into the results, while the local runtime runs. */
    private interface Scenario {
        void measure(Map<String, Object> results) throws Exception;
    }

    /** One scenario alone, on a local runtime of its own, written to infra/bench/target/{@code file}. */
    private static void alone(boolean quick, String file, Scenario scenario) throws Exception {
        Path root = repositoryRoot();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("mode", quick ? "quick" : "full");
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version")));
        try (EmbeddedPodium podium = EmbeddedPodium.start(root.resolve("template.yaml"))) {
            scenario.measure(results);
        }
        write(root, results, List.of(), file);
    }

    /**
     * Scenario 7 alone ({@code --corrections}): a correction of one finalized day and the recompute after it, written to
     * infra/bench/target/bench-corrections.json.
     */
    private static void runCorrections(boolean quick) throws Exception {
        alone(quick, "bench-corrections.json", results -> results.put(CorrectionsBench.KEY, corrections(quick)));
    }

    /**
     * The custom leaderboards alone ({@code --leaderboards}), written to infra/bench/target/bench-leaderboards.json. The
     * board has 100,000 entries in either mode: its key's target is named for that size.
     */
    private static void runLeaderboards(boolean quick) throws Exception {
        alone(quick, "bench-leaderboards.json", results -> {
            Map<String, Object> leaderboards = new LinkedHashMap<>(new CustomBoardsBench().run());
            results.put(PlayersBench.TEAMS, leaderboards.remove(PlayersBench.TEAMS));
            results.put(CustomBoardsBench.KEY, leaderboards);
        });
    }

    /**
     * Cold start alone ({@code --coldstart}): SubmitScoresFunction's and a company's first API key, written to
     * infra/bench/target/bench-coldstart.json.
     */
    private static void runColdStart(boolean quick) throws Exception {
        alone(quick, "bench-coldstart.json", results -> results.put("coldStart", coldStart(quick)));
    }

    /** The cold start of SubmitScoresFunction, with that of a company's first API key under {@code firstKey}. */
    private static Map<String, Object> coldStart(boolean quick) throws Exception {
        Map<String, Object> coldStart = new LinkedHashMap<>(ColdStartBench.run(quick ? 5 : 7));
        coldStart.put("firstKey", ColdStartBench.firstKey(quick ? 5 : 7));
        return coldStart;
    }

    /** The corrections scenario at each size, and its key: the largest ratio of them. */
    private static Map<String, Object> corrections(boolean quick) throws Exception {
        Map<String, Object> corrections = new LinkedHashMap<>();
        double worst = 0;
        for (Board board : quick ? QUICK_CORRECTIONS : FULL_CORRECTIONS) {
            System.err.println("bench: a correction of one day of " + board.drivers() + " drivers x " + board.days() + " days");
            Map<String, Object> measured = new CorrectionsBench().run(board.drivers(), board.days());
            System.err.println("bench: " + measured);
            corrections.put(board.key(), measured);
            worst = Math.max(worst, ((Number) measured.get("recomputeReadRatio")).doubleValue());
        }
        corrections.put("recomputeReadRatio", worst);
        return corrections;
    }

    private static void write(Path root, Map<String, Object> results, List<String> boardKeys, String file) throws Exception {
        results.put("targets", Targets.check(results, boardKeys));
        Path out = root.resolve("infra/bench/target/" + file);
        Files.createDirectories(out.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), results);
        System.out.println(Report.table(results, boardKeys));
        System.out.println("written to " + root.relativize(out));
        // The embedded servers leave threads behind; the run is over.
        System.exit(0);
    }

    private static Path repositoryRoot() {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isRegularFile(root.resolve("template.yaml"))) {
            throw new IllegalStateException("run from the repository root (template.yaml not found in " + root + ")");
        }
        return root;
    }

    /** Ingest, load, the boards, and (unless only some boards are measured) the players and cold start. */
    private static void measureAllButActivity(EmbeddedPodium podium, boolean quick, List<Board> boards, boolean someBoards,
                                              Map<String, Object> results) throws Exception {
        results.put("ingest", IngestBench.run(podium, quick ? 50 : 250));
        System.err.println("bench: ingest " + results.get("ingest"));
        results.put("load", IngestBench.load(podium, 16, quick ? 10 : 40));
        System.err.println("bench: load " + results.get("load"));
        Map<String, Object> recompute = new LinkedHashMap<>();
        Map<String, Object> read = new LinkedHashMap<>();
        int maxCalls = 0;
        for (Board board : boards) {
            System.err.println("bench: board of " + board.drivers() + " drivers x " + board.days() + " days");
            Map<String, Object> measured = new BoardBench().run(board);
            recompute.put(board.key(), measured.get("recompute"));
            System.err.println("bench: " + measured);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> pages = (Map<String, Map<String, Object>>) measured.get("read");
            read.put(board.key(), pages);
            for (Map<String, Object> page : pages.values()) {
                maxCalls = Math.max(maxCalls, (Integer) page.get("calls"));
            }
        }
        results.put("recompute", recompute);
        read.put("maxCallsPerPage", maxCalls);
        results.put("read", read);
        results.put(CorrectionsBench.KEY, corrections(quick));
        if (!someBoards) {
            // One company of 100,000 players measures the players, a team's members and an erasure.
            Map<String, Object> players = new LinkedHashMap<>(new PlayersBench().run());
            results.put("players", players);
            results.put(PlayersBench.TEAMS, players.remove(PlayersBench.TEAMS));
            results.put(PlayersBench.ERASURE, players.remove(PlayersBench.ERASURE));
            results.put(PlayersBench.RULES, players.remove(PlayersBench.RULES));
            results.put(PlayersBench.REVERT, players.remove(PlayersBench.REVERT));
            Map<String, Object> leaderboards = new LinkedHashMap<>(new CustomBoardsBench().run());
            @SuppressWarnings("unchecked")
            Map<String, Object> teams = new LinkedHashMap<>((Map<String, Object>) results.get(PlayersBench.TEAMS));
            teams.putAll((Map<String, Object>) leaderboards.remove(PlayersBench.TEAMS));
            results.put(PlayersBench.TEAMS, teams);
            results.put(CustomBoardsBench.KEY, leaderboards);
            System.err.println("bench: leaderboards " + leaderboards);
            System.err.println("bench: players " + players);
            results.put("coldStart", coldStart(quick));
        }
    }

    static double round(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue() : value;
    }
}
