package io.podium.bench;

import io.podium.adapters.dynamodb.DynamoDbMetricDefinitionStore;
import io.podium.adapters.dynamodb.DynamoDbRuleStore;
import io.podium.adapters.dynamodb.DynamoDbValueStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.adapters.sqs.SqsBoardsTouched;
import io.podium.customboards.BoardsNotice;
import io.podium.customboards.CustomBoardRecompute;
import io.podium.customboards.CustomBoards;
import io.podium.customboards.Registration;
import io.podium.gamemetrics.MetricDefinitionRequest;
import io.podium.leaderboards.BoardsTouched;
import io.podium.rules.Evaluation;
import io.podium.rules.RuleService;
import io.podium.teams.NewTeam;
import io.podium.teams.RoleChange;
import io.podium.teams.TeamAccess;
import io.podium.teams.TeamDefinitionRequest;
import io.podium.wiring.AwsClients;
import io.podium.wiring.Wiring;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Playoff's custom leaderboards: a board of {@value #ENTRIES} registered players (each registered through the route's
 * service, 100 a call), recomputed once and read at its first, middle and last page ({@code custom.callsPerPage}, the
 * most calls a page made) and around its first, middle and last player ({@code custom.callsPerAroundPage}); 1,000 rule evaluations from four containers, and the recomputes their notices start
 * ({@code recomputesPer1000Evaluations}), with the board then against the values; and a team board, sum and average,
 * against an oracle after joins, leaves and evaluations ({@code teams.boardEqualsOracle}, reported under
 * {@code teams}).
 */
final class CustomBoardsBench {
    static final String KEY = "leaderboards";
    static final int ENTRIES = 100_000;
    private static final int CONTAINERS = 4;
    private static final int EVALUATIONS = 1_000;
    private static final String METRIC = "km";
    /** As template.yaml's CustomLeaderboardsQueue. */
    private static final int NOTICE_DELAY_SECONDS = 10;

    private final Wiring wiring = Wiring.aws();
    private final CustomBoards boards = wiring.customBoards();
    private final CustomBoardRecompute recompute = wiring.customBoardRecompute();

    Map<String, Object> run() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("custom", custom());
        result.putAll(evaluations());
        return result;
    }

    private static String company() {
        return "bench-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void metricAndBoard(String copid, String board, String body) {
        wiring.gameMetrics().define(copid, MetricDefinitionRequest.parse(METRIC,
                "{\"name\":\"Kilometres\",\"type\":\"point\"}".getBytes(StandardCharsets.UTF_8)));
        boards.define(copid, body.getBytes(StandardCharsets.UTF_8), board);
    }

    private Map<String, Object> custom() throws Exception {
        String copid = company();
        List<String> players = IntStream.range(0, ENTRIES).mapToObj(BoardBench::driver).toList();
        wiring.roster().enrol(copid, Set.copyOf(players), 0);
        metricAndBoard(copid, "course", "{\"name\":\"Course\",\"entity\":\"players\",\"metric\":\"km\",\"custom\":true}");
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int from = 0; from < ENTRIES; from += CustomBoards.MAX_ENTITIES) {
                List<String> ids = players.subList(from, Math.min(ENTRIES, from + CustomBoards.MAX_ENTITIES));
                calls.add(pool.submit(() -> boards.register(copid, "course", new Registration(ids, List.of("all")))));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double registerSeconds = (System.nanoTime() - started) / 1e9;
        BoardBench.Measured computed = BoardBench.measure(() -> recompute.recompute(copid, Instant.now()));
        Map<String, Object> pages = new LinkedHashMap<>();
        int callsPerPage = 0;
        for (int skip : List.of(0, ENTRIES / 2, ENTRIES - 10)) {
            CustomBoards.CustomBoardPage[] page = new CustomBoards.CustomBoardPage[1];
            BoardBench.Measured read = BoardBench.measure(() -> page[0] = boards.page(copid, "course", Optional.of("all"), skip, 10));
            int total = page[0].board().orElseThrow().head().total();
            if (total != ENTRIES || page[0].board().get().entries().size() != 10) {
                throw new IllegalStateException("the board holds " + total + " entries");
            }
            pages.put("skip" + skip, read.json());
            callsPerPage = Math.max(callsPerPage, read.usage().totalCalls());
        }
        // Around-me: the page with a player in the middle, from the top, the middle and the end of the board.
        int callsPerAroundPage = 0;
        for (int index : List.of(0, ENTRIES / 2, ENTRIES - 1)) {
            String player = players.get(index);
            CustomBoards.CustomBoardPage[] page = new CustomBoards.CustomBoardPage[1];
            BoardBench.Measured read = BoardBench.measure(() -> page[0] = boards.around(copid, "course", Optional.of("all"),
                    player, 10));
            if (page[0].board().orElseThrow().entries().stream().noneMatch(entry -> entry.userxtid().equals(player))) {
                throw new IllegalStateException("the page around " + player + " does not hold them");
            }
            pages.put("around" + index, read.json());
            callsPerAroundPage = Math.max(callsPerAroundPage, read.usage().totalCalls());
        }
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("entries", ENTRIES);
        custom.put("registerSeconds", Bench.round(registerSeconds));
        custom.put("recompute", computed.json());
        custom.put("pages", pages);
        custom.put("callsPerPage", callsPerPage);
        custom.put("callsPerAroundPage", callsPerAroundPage);
        return custom;
    }

    /**
     * 1,000 evaluations of one rule, as fast as they go, spread over four containers, each with its own notices on a
     * queue of the bench's own with the template's delay; a consumer thread hands each notice to the recompute as it
     * arrives, as the function would. Then the team boards against their oracle.
     */
    private Map<String, Object> evaluations() throws Exception {
        String copid = company();
        List<String> players = IntStream.range(0, 1_000).mapToObj(BoardBench::driver).toList();
        wiring.roster().enrol(copid, Set.copyOf(players), 0);
        metricAndBoard(copid, "open", "{\"name\":\"Open\",\"entity\":\"players\",\"metric\":\"km\"}");
        boards.define(copid, "{\"name\":\"Crews\",\"entity\":\"teams\",\"metric\":\"km\"}".getBytes(StandardCharsets.UTF_8),
                "crews_sum");
        boards.define(copid, "{\"name\":\"Crews\",\"entity\":\"teams\",\"metric\":\"km\",\"aggregation\":\"average\"}"
                .getBytes(StandardCharsets.UTF_8), "crews_average");
        wiring.rules().define(copid, "drive", ("{\"name\":\"drive\",\"variables\":[{\"name\":\"km\",\"type\":\"int\","
                + "\"default\":1,\"required\":false}],\"effects\":[{\"metric\":\"km\",\"verb\":\"add\",\"value\":{\"variable\":\"km\"}}]}")
                .getBytes(StandardCharsets.UTF_8));
        // The definitions' own notice is the runtime's consumer's: once it has computed the boards, it has no more.
        Instant deadline = Instant.now().plusSeconds(120);
        while (boards.page(copid, "open", Optional.empty(), 0, 1).board().isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the runtime's consumer never computed the boards");
            }
            Thread.sleep(500);
        }
        SqsClient sqs = AwsClients.sqs();
        String queue = sqs.createQueue(create -> create.queueName("bench-notices-" + copid)
                .attributes(Map.of(QueueAttributeName.DELAY_SECONDS, Integer.toString(NOTICE_DELAY_SECONDS)))).queueUrl();
        List<RuleService> containers = new ArrayList<>();
        for (int container = 0; container < CONTAINERS; container++) {
            BoardsTouched touched = new SqsBoardsTouched(sqs, queue, Clock.systemUTC());
            containers.add(new RuleService(new DynamoDbRuleStore(AwsClients.dynamoDb(), Tables.game()),
                    new DynamoDbMetricDefinitionStore(AwsClients.dynamoDb(), Tables.game()),
                    new DynamoDbValueStore(AwsClients.dynamoDb(), Tables.game(), Tables.events()), touched, Clock.systemUTC()));
        }
        AtomicBoolean evaluating = new AtomicBoolean(true);
        AtomicInteger notices = new AtomicInteger();
        AtomicInteger recomputes = new AtomicInteger();
        ExecutorService consumer = Executors.newSingleThreadExecutor();
        Future<?> consuming = consumer.submit(() -> {
            Instant quiet = null;
            // After the last evaluation, a notice may still wait out its delay.
            while (evaluating.get() || quiet == null || Instant.now().isBefore(quiet)) {
                if (!evaluating.get() && quiet == null) {
                    quiet = Instant.now().plusSeconds(NOTICE_DELAY_SECONDS + BoardsNotice.BUCKET.toSeconds() + 2);
                }
                for (Message notice : sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1))
                        .messages()) {
                    notices.incrementAndGet();
                    if (recompute.recompute(copid, BoardsNotice.decode(notice.body()).due()) > 0) {
                        recomputes.incrementAndGet();
                    }
                    sqs.deleteMessage(delete -> delete.queueUrl(queue).receiptHandle(notice.receiptHandle()));
                }
            }
            return null;
        });
        Map<String, Long> values = new HashMap<>();
        Random random = new Random(18);
        long started = System.nanoTime();
        try {
            for (int i = 0; i < EVALUATIONS; i++) {
                String player = players.get(random.nextInt(players.size()));
                long km = 1 + random.nextInt(20);
                containers.get(i % CONTAINERS).evaluate(copid, "drive", Evaluation.parse(("{\"data\":[{\"player_ids\":[\""
                        + player + "\"],\"variables\":{\"km\":" + km + "}}]}").getBytes(StandardCharsets.UTF_8)),
                        "bench-" + copid + "-" + i);
                values.merge(player, km, Long::sum);
            }
        } finally {
            evaluating.set(false);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        consuming.get();
        consumer.shutdownNow();
        sqs.deleteQueue(delete -> delete.queueUrl(queue));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("evaluations", EVALUATIONS);
        result.put("evaluationsPerSecond", Bench.round(EVALUATIONS / seconds));
        result.put("containers", CONTAINERS);
        result.put("notices", notices.get());
        result.put("recomputesPer1000Evaluations", recomputes.get() * 1000.0 / EVALUATIONS);
        result.put("openBoardEqualsValues", openBoardEquals(copid, values));
        result.put("teams", Map.of("boardEqualsOracle", teamsEqualOracle(copid, players, values)));
        return result;
    }

    /** The open board, once the last notice is served, against the values the evaluations gave. */
    private boolean openBoardEquals(String copid, Map<String, Long> values) {
        Map<String, Long> shown = new HashMap<>();
        boards.page(copid, "open", Optional.empty(), 0, 1_000).board().orElseThrow().entries()
                .forEach(entry -> shown.put(entry.userxtid(), entry.standing().accumulated() / 100));
        return shown.equals(values);
    }

    /** Teams of the players, some leaving, the values evaluated above and more: both boards against the oracle. */
    private boolean teamsEqualOracle(String copid, List<String> players, Map<String, Long> values) {
        wiring.teamDefinitions().define(copid, new TeamDefinitionRequest("crew", "Crew", List.of("member"), List.of("member"),
                TeamAccess.PUBLIC));
        Map<String, List<String>> members = new TreeMap<>();
        for (int team = 0; team < 20; team++) {
            String id = "crew_" + team;
            wiring.teams().create(copid, new NewTeam(Optional.of(id), "Crew " + team, Optional.empty(), "crew"));
            members.put(id, new ArrayList<>());
        }
        Random random = new Random(7);
        for (String player : players.subList(0, 400)) {
            String team = "crew_" + random.nextInt(20);
            wiring.teams().join(copid, team, new RoleChange(player, Map.of("member", true)));
            members.get(team).add(player);
        }
        for (String player : players.subList(0, 40)) {
            String team = members.entrySet().stream().filter(entry -> entry.getValue().contains(player)).findFirst()
                    .orElseThrow().getKey();
            wiring.teams().leave(copid, team, player);
            members.get(team).remove(player);
        }
        recompute.recompute(copid, Instant.now());
        for (String board : List.of("crews_sum", "crews_average")) {
            Map<String, BigDecimal> oracle = new HashMap<>();
            members.forEach((team, ids) -> {
                long sum = ids.stream().mapToLong(id -> values.getOrDefault(id, 0L)).sum();
                boolean anyValue = ids.stream().anyMatch(values::containsKey);
                if (anyValue) {
                    oracle.put(team, board.endsWith("sum") ? BigDecimal.valueOf(sum)
                            : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ids.size()), 2, RoundingMode.HALF_UP));
                }
            });
            Map<String, BigDecimal> shown = new HashMap<>();
            boards.page(copid, board, Optional.empty(), 0, 100).board().orElseThrow().entries().forEach(entry ->
                    shown.put(entry.userxtid(), CustomBoardRecompute.shown(entry.standing().accumulated())));
            Map<String, BigDecimal> expected = oracle.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    entry -> CustomBoardRecompute.shown(entry.getValue().movePointRight(2).longValueExact())));
            if (!shown.equals(expected)) {
                System.err.println("bench: " + board + " " + shown + " but the oracle says " + expected);
                return false;
            }
        }
        return true;
    }
}
