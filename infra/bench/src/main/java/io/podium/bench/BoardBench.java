package io.podium.bench;

import io.podium.adapters.dynamodb.DriverSnapshot;
import io.podium.adapters.dynamodb.Tables;
import io.podium.campaigns.Aggregation;
import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignStatus;
import io.podium.campaigns.CampaignStore;
import io.podium.leaderboards.BoardHead;
import io.podium.leaderboards.BoardRecomputer;
import io.podium.leaderboards.BoardSpec;
import io.podium.leaderboards.BoardStore;
import io.podium.leaderboards.CampaignBoard;
import io.podium.leaderboards.CampaignBoards;
import io.podium.leaderboards.DayScoring;
import io.podium.leaderboards.RankedEntry;
import io.podium.leaderboards.Standing;
import io.podium.levels.LevelScale;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.scores.ScorePage;
import io.podium.scores.ScoreStore;
import io.podium.wiring.AwsClients;
import io.podium.wiring.Wiring;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Scenarios 2 and 3 for one board size: N drivers × D finalized days, then one more day finalized and the
 * incremental recompute, measured in DynamoDB calls and capacity units; then a top page, a deep page and an
 * around-me page. The recompute is the metric's whole one, as the consumer runs it: the campaign's board and the
 * metric's total (which every metric keeps for badges and levels). Every board is checked against an independent
 * computation, so a fast wrong answer fails the benchmark.
 */
final class BoardBench {
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    static final String METRIC = "distance";
    private static final String CAMPAIGN = "board";
    private static final String RECOMPUTE_FUNCTION = "RecomputeLeaderboardsFunction";
    /** The heap budget of one recompute invocation. */
    private static final String HEAP_BUDGET = "-Xmx2g";
    /** The API functions' JIT (template Globals): C1 alone, for their cold start. */
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    /** Lambda's longest invocation. */
    private static final long LAMBDA_TIMEOUT_SECONDS = 900;

    private final Wiring wiring = Wiring.aws();
    private final DynamoDbClient dynamo = AwsClients.dynamoDb();
    private final ScoreStore scores = wiring.scores();
    private final MetricStore metrics = wiring.metrics();
    private final CampaignStore campaigns = wiring.campaigns();
    private final BoardStore boards = wiring.boards();
    private final BoardRecomputer recomputer = wiring.recomputer();
    private final CampaignBoards reads = wiring.campaignBoards();

    /** A driver's score on a day: deterministic, with plenty of ties. */
    static int score(int driver, int day) {
        return Math.floorMod(driver * 7919 + day * 104729, 500);
    }

    /** Six digits, zero-padded: boards of up to 1,000,000 drivers. */
    static String driver(int driver) {
        return String.format("drv-%06d", driver);
    }

    Map<String, Object> run(Bench.Board board) throws Exception {
        int drivers = board.drivers();
        int days = board.days();
        String copid = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        Campaign campaign = new Campaign(copid, CAMPAIGN, CAMPAIGN, METRIC, FIRST_DAY, FIRST_DAY.plusDays(days + 30),
                Aggregation.TOTAL, Optional.empty(), CampaignStatus.RUNNING, Instant.now(), Instant.now());
        seed(copid, drivers, board.rebuilt() ? 0 : days, days + 1);
        recordMonths(copid, days + 1);
        campaigns.create(campaign);
        progress(board, "scores seeded");

        LocalDate lastOld = FIRST_DAY.plusDays(days - 1);
        Metric metric = metrics.finalizeThrough(copid, METRIC, lastOld, Instant.now());
        List<BoardSpec> specs = new ArrayList<>(List.of(BoardSpec.of(campaign)));
        specs.addAll(wiring.engagement().boards(copid, metric));
        if (specs.size() != 2 || specs.stream().anyMatch(spec -> !spec.start().equals(FIRST_DAY))) {
            throw new IllegalStateException("expected the campaign's board and the metric's total from " + FIRST_DAY
                    + ", got " + specs);
        }
        Optional<Measured> full = Optional.empty();
        if (board.rebuilt()) {
            full = Optional.of(measure(() -> recomputer.recompute(copid, METRIC)));
        } else {
            specs.forEach(spec -> publishFirstDays(spec, drivers, days, lastOld));
            seedLevels(copid, drivers, days);
            // The earlier recomputes made every driver a player: the measured one finds them all enrolled.
            wiring.roster().enrol(copid, IntStream.range(0, drivers).mapToObj(BoardBench::driver).collect(Collectors.toSet()), 0);
        }
        progress(board, board.rebuilt() ? "rebuilt" : "first days published");
        specs.forEach(spec -> check(spec, drivers, days));
        progress(board, "checked; the incremental recompute runs");

        LocalDate newDay = lastOld.plusDays(1);
        metrics.finalizeThrough(copid, METRIC, newDay, Instant.now());
        Incremental incremental = incremental(copid, newDay, List.of());
        progress(board, "incremental recompute took " + Bench.round(incremental.whole().ms()) + " ms");
        long boardBytes = 0;
        long writtenBytes = 0;
        for (BoardSpec spec : specs) {
            long bytes = storedBytes(copid, spec.boardId(), check(spec, drivers, days + 1));
            boardBytes += spec.boardId().equals(CAMPAIGN) ? bytes : 0;
            writtenBytes += bytes;
        }
        Measured dayOnly = measure(() -> readDay(copid, newDay));

        Map<String, Object> recompute = new LinkedHashMap<>();
        recompute.put("drivers", drivers);
        recompute.put("days", days);
        recompute.put("boards", specs.stream().map(BoardSpec::boardId).toList());
        recompute.put("incremental", incremental.json());
        full.ifPresentOrElse(rebuild -> recompute.put("fullRebuild", rebuild.json()),
                () -> recompute.put("firstDays", "published from the same scores, not rebuilt"));
        recompute.put("newDayRead", dayOnly.json());
        recompute.put("boardStoredKb", Bench.round(boardBytes / 1024.0));
        recompute.put("boardsWrittenKb", Bench.round(writtenBytes / 1024.0));
        // The ratios are the boards' part: what reading the day and the boards and writing them costs. The followers'
        // part (badges, levels, the stream) grows with the awards and level-ups the day brings, reported beside it.
        recompute.put("readRatio", Bench.round(incremental.boards().usage().rcu() / dayOnly.usage().rcu()));
        recompute.put("writeRatio", Bench.round(incremental.boards().usage().wcu() / (writtenBytes / 1024.0)));
        recompute.put("msPerDriver", Bench.round(incremental.whole().ms() / drivers));
        recompute.put("peakHeapMb", incremental.peakHeapMb());
        recompute.put("heapUsedPeakMb", incremental.heapUsedPeakMb());
        recompute.put("heapLimitMb", incremental.heapLimitMb());
        recompute.put("jvmFlags", incremental.jvmFlags());

        Map<String, Object> read = new LinkedHashMap<>();
        read.put("topPage", measure(() -> page(reads.top(copid, CAMPAIGN, 0, 50), 50)).json());
        read.put("deepPage", measure(() -> page(reads.top(copid, CAMPAIGN, drivers / 2, 50), 50)).json());
        read.put("aroundMe", measure(() -> page(reads.around(copid, CAMPAIGN, driver(drivers / 3), 50), 50)).json());

        // The consumer runs with C2 (its own JAVA_TOOL_OPTIONS); the API functions' C1-only flag is measured against
        // it on the day after: the same one-day incremental recompute of the same board, in a fresh JVM.
        LocalDate dayAfter = newDay.plusDays(1);
        seed(copid, drivers, days + 1, days + 2);
        recordMonths(copid, days + 2);
        metrics.finalizeThrough(copid, METRIC, dayAfter, Instant.now());
        Incremental c1Only = incremental(copid, dayAfter, List.of(C1_ONLY));
        specs.forEach(spec -> check(spec, drivers, days + 2));
        progress(board, "the C1-only recompute took " + Bench.round(c1Only.whole().ms()) + " ms");
        Map<String, Object> c1 = new LinkedHashMap<>();
        c1.put("msPerDriver", Bench.round(c1Only.whole().ms() / drivers));
        c1.put("incremental", c1Only.json());
        c1.put("jvmFlags", c1Only.jvmFlags());
        recompute.put("c1Only", c1);
        return Map.of("recompute", recompute, "read", read);
    }

    /** A line on stderr: a large board takes minutes to set up. */
    private static void progress(Bench.Board board, String step) {
        System.err.println("bench: " + board.key() + ": " + step + " at " + Instant.now());
    }

    /** The incremental recompute as Lambda runs it, whole and in its two parts, and the heap it needed. */
    record Incremental(Measured whole, Measured boards, Measured followers, long peakHeapMb, long heapUsedPeakMb,
                       long heapLimitMb, String jvmFlags) {
        Map<String, Object> json() {
            Map<String, Object> json = whole.json();
            json.put("boards", boards.json());
            json.put("followers", followers.json());
            return json;
        }
    }

    /**
     * The consumer, in a fresh JVM with its flags in the template, {@value #HEAP_BUDGET} of heap and {@code moreFlags},
     * handles one message for the metric: the recompute measured without this JVM's local runtime and ElasticMQ in its
     * heap.
     */
    private static Incremental incremental(String copid, LocalDate cutOff, List<String> moreFlags) throws Exception {
        List<String> flags = new ArrayList<>(List.of(HEAP_BUDGET));
        flags.addAll(moreFlags);
        try (ChildJvm jvm = ChildJvm.of(RECOMPUTE_FUNCTION, List.of(RecomputeDriver.class, CapacityMeter.class, Usage.class),
                List.of(CapacityMeter.REGISTRATION), flags)) {
            ChildJvm.Result result = jvm.run(RecomputeDriver.RESULT, LAMBDA_TIMEOUT_SECONDS,
                    List.of(RecomputeDriver.class.getName(), copid, METRIC, cutOff.toString()));
            return new Incremental(measured(result, ""), measured(result, "boards"), measured(result, "followers"),
                    (long) result.number("peakHeapMb"), (long) result.number("heapUsedPeakMb"),
                    (long) result.number("heapLimitMb"), String.join(" ", jvm.flags()));
        }
    }

    /** The figures the child reported under {@code prefix}. */
    private static Measured measured(ChildJvm.Result result, String prefix) {
        Map<String, Integer> calls = new HashMap<>();
        String listed = result.fields().get(prefix + "calls");
        if (listed != null && !listed.equals("-")) {
            for (String call : listed.split(",")) {
                String[] parts = call.split(":");
                calls.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        return new Measured(result.number(prefix + "ms"), new Usage(calls, result.number(prefix + "rcu"), result.number(prefix + "wcu")));
    }

    /**
     * A board's first {@code days} days, added up and ranked by the board's own scoring and published as the
     * recompute would publish them: the setup of a board too large to rebuild here from 30 stored days. {@link #check}
     * then holds it against the independent ranking, before and after the measured day is added.
     */
    private void publishFirstDays(BoardSpec spec, int drivers, int days, LocalDate through) {
        DayScoring scoring = spec.scoring();
        Map<String, Standing> standings = new HashMap<>(drivers * 2);
        String[] names = IntStream.range(0, drivers).mapToObj(BoardBench::driver).toArray(String[]::new);
        Set<String> everyone = Set.of(names);
        for (int d = 0; d < days; d++) {
            for (int i = 0; i < drivers; i++) {
                standings.put(names[i], scoring.add(standings.get(names[i]), names[i], score(i, d)));
            }
            scoring.endOfDay(standings, everyone);
        }
        boards.publish(spec.copid(), spec.boardId(), Optional.empty(), spec.definition(), "", 0, through,
                scoring.rank(standings));
    }

    /** The months of the seeded days on the metric, as ingest records them: boards without a window read only these. */
    void recordMonths(String copid, int days) {
        List<String> months = IntStream.range(0, days).mapToObj(d -> YearMonth.from(FIRST_DAY.plusDays(d)).toString())
                .distinct().toList();
        dynamo.updateItem(b -> b.tableName(Tables.metrics())
                .key(Map.of("copid", AttributeValue.fromS(copid), "metric", AttributeValue.fromS(METRIC)))
                .updateExpression("SET createdAt = if_not_exists(createdAt, :now) ADD scoreMonths :months")
                .expressionAttributeValues(Map.of(":now", AttributeValue.fromS(Instant.now().toString()),
                        ":months", AttributeValue.fromSs(months))));
    }

    record Measured(double ms, Usage usage) {
        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("ms", Bench.round(ms));
            json.put("calls", usage.totalCalls());
            json.put("rcu", Bench.round(usage.rcu()));
            json.put("wcu", Bench.round(usage.wcu()));
            json.put("byOperation", usage.calls());
            return json;
        }
    }

    interface Work {
        void run() throws Exception;
    }

    static Measured measure(Work work) throws Exception {
        CapacityMeter.Recording recording = CapacityMeter.startThisThread();
        long start = System.nanoTime();
        work.run();
        double ms = (System.nanoTime() - start) / 1e6;
        return new Measured(ms, recording.stop());
    }

    private static void page(Optional<CampaignBoard> board, int limit) {
        int shown = board.flatMap(CampaignBoard::page).map(page -> page.entries().size()).orElse(0);
        if (shown != limit) {
            throw new IllegalStateException("a page showed " + shown + " entries, not " + limit);
        }
    }

    void readDay(String copid, LocalDate day) {
        Optional<String> after = Optional.empty();
        do {
            ScorePage page = scores.day(copid, METRIC, day, 1000, after);
            after = page.lastUserxtid();
        } while (after.isPresent());
    }

    /** Seeds days {@code firstDay} to {@code endDay - 1} directly with BatchWriteItem: setting up is not what is measured. */
    void seed(String copid, int drivers, int firstDay, int endDay) throws Exception {
        String now = Instant.now().toString();
        for (int d = firstDay; d < endDay; d++) {
            int day = d;
            String pk = copid + "#" + METRIC + "#" + FIRST_DAY.plusDays(day);
            putAll(Tables.scores(), drivers, i -> Map.of(
                    "pk", AttributeValue.fromS(pk),
                    "userxtid", AttributeValue.fromS(driver(i)),
                    "score", AttributeValue.fromN(Integer.toString(score(i, day))),
                    "updatedAt", AttributeValue.fromS(now)));
        }
    }

    /**
     * The levels the first {@code days} days raised every driver to, at the default scale (each metric's total counts
     * once), as the earlier recomputes would have left them: the per-driver items and the company's snapshot. The
     * measured day then raises only the drivers it lifts.
     */
    private void seedLevels(String copid, int drivers, int days) throws Exception {
        String now = Instant.now().toString();
        int[] levels = IntStream.range(0, drivers)
                .map(i -> LevelScale.DEFAULT.levelFor(IntStream.range(0, days).map(d -> score(i, d)).sum())).toArray();
        putAll(Tables.engagement(), drivers, i -> Map.of(
                "pk", AttributeValue.fromS(copid + "#level"),
                "sk", AttributeValue.fromS(driver(i)),
                "level", AttributeValue.fromN(Integer.toString(levels[i])),
                "updatedAt", AttributeValue.fromS(now)));
        Map<String, Integer> reached = new HashMap<>(drivers * 2);
        IntStream.range(0, drivers).forEach(i -> reached.put(driver(i), levels[i]));
        DriverSnapshot.levels(dynamo, Tables.engagement()).record(copid, reached);
    }

    /** Puts items 0 to {@code count - 1} with BatchWriteItem, 25 to a call and four calls at a time. */
    private void putAll(String table, int count, IntFunction<Map<String, AttributeValue>> item) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int from = 0; from < count; from += 25) {
                int start = from;
                writes.add(pool.submit(() -> {
                    List<WriteRequest> puts = IntStream.range(start, Math.min(count, start + 25))
                            .mapToObj(i -> WriteRequest.builder().putRequest(PutRequest.builder().item(item.apply(i)).build()).build())
                            .toList();
                    Map<String, List<WriteRequest>> request = Map.of(table, puts);
                    while (!request.isEmpty()) {
                        Map<String, List<WriteRequest>> call = request;
                        var response = dynamo.batchWriteItem(b -> b.requestItems(call));
                        request = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
                    }
                }));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** A published board, a total of every day, must equal the ranking computed here from the seeded scores. */
    private BoardHead check(BoardSpec spec, int drivers, int days) {
        BoardHead head = boards.head(spec.copid(), spec.boardId())
                .orElseThrow(() -> new IllegalStateException("no board " + spec.boardId()));
        List<RankedEntry> entries = boards.entries(spec.copid(), spec.boardId(), head);
        if (entries.size() != drivers || head.total() != drivers) {
            throw new IllegalStateException("board ranks " + entries.size() + " drivers, expected " + drivers);
        }
        long[] totals = new long[drivers];
        for (int i = 0; i < drivers; i++) {
            for (int d = 0; d < days; d++) {
                totals[i] += score(i, d);
            }
        }
        Integer[] order = IntStream.range(0, drivers).boxed().toArray(Integer[]::new);
        // Names are zero-padded to the same width, so their order is the order of the numbers.
        Arrays.sort(order, (a, b) -> totals[a] != totals[b] ? Long.compare(totals[b], totals[a]) : Integer.compare(a, b));
        for (int position = 0; position < drivers; position++) {
            RankedEntry entry = entries.get(position);
            int expected = order[position];
            int rank = position > 0 && totals[order[position - 1]] == totals[expected] ? entries.get(position - 1).rank() : position + 1;
            if (!entry.userxtid().equals(driver(expected)) || entry.standing().accumulated() != totals[expected]
                    || entry.rank() != rank || entry.standing().days() != days) {
                throw new IllegalStateException("board " + spec.boardId() + " differs at position " + position + ": " + entry);
            }
        }
        return head;
    }

    /** The bytes DynamoDB stores for the head's version: head, chunks and index parts. */
    private long storedBytes(String copid, String boardId, BoardHead head) {
        String board = copid + "#" + boardId;
        List<String> parts = new ArrayList<>(head.indexParts());
        parts.add("HEAD");
        for (int n = 0; n < head.chunks(); n++) {
            parts.add(String.format("C#%s#%06d", head.version(), n));
        }
        long bytes = 0;
        for (int from = 0; from < parts.size(); from += 100) {
            List<Map<String, AttributeValue>> keys = parts.subList(from, Math.min(parts.size(), from + 100)).stream()
                    .map(part -> Map.of("board", AttributeValue.fromS(board), "part", AttributeValue.fromS(part))).toList();
            Map<String, KeysAndAttributes> request = new HashMap<>(Map.of(Tables.leaderboards(), KeysAndAttributes.builder().keys(keys).build()));
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> call = request;
                var response = dynamo.batchGetItem(b -> b.requestItems(call));
                bytes += response.responses().getOrDefault(Tables.leaderboards(), List.of()).stream().mapToLong(ItemSize::of).sum();
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return bytes;
    }
}
