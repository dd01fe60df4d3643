package io.podium.bench;

import io.podium.adapters.dynamodb.Tables;
import io.podium.campaigns.Aggregation;
import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignStatus;
import io.podium.campaigns.CampaignStore;
import io.podium.leaderboards.BoardHead;
import io.podium.leaderboards.BoardRecomputer;
import io.podium.leaderboards.BoardStore;
import io.podium.leaderboards.CampaignBoard;
import io.podium.leaderboards.CampaignBoards;
import io.podium.leaderboards.RankedEntry;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Scenarios 2 and 3 for one board size: N drivers × D finalized days, a full rebuild, then one more day
 * finalized and the incremental recompute, each measured in DynamoDB calls and capacity units on this
 * thread; then a top page, a deep page and an around-me page. The board is checked against an
 * independent computation, so a fast wrong answer fails the benchmark.
 */
final class BoardBench {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private static final String METRIC = "distance";

    private final Wiring wiring = Wiring.aws();
    private final DynamoDbClient dynamo = AwsClients.dynamoDb();
    private final ScoreStore scores = wiring.scores();
    private final MetricStore metrics = wiring.metrics();
    private final CampaignStore campaigns = wiring.campaigns();
    private final BoardStore boards = wiring.boards();
    private final BoardRecomputer recomputer = new BoardRecomputer(metrics, campaigns, scores, boards, wiring.clock());
    private final CampaignBoards reads = wiring.campaignBoards();

    /** A driver's score on a day: deterministic, with plenty of ties. */
    static int score(int driver, int day) {
        return Math.floorMod(driver * 7919 + day * 104729, 500);
    }

    static String driver(int driver) {
        return String.format("drv-%06d", driver);
    }

    Map<String, Object> run(int drivers, int days) throws Exception {
        String copid = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        seed(copid, drivers, days + 1);
        campaigns.create(new Campaign(copid, "board", "board", METRIC, FIRST_DAY, FIRST_DAY.plusDays(days + 30),
                Aggregation.TOTAL, Optional.empty(), CampaignStatus.RUNNING, Instant.now(), Instant.now()));

        LocalDate lastOld = FIRST_DAY.plusDays(days - 1);
        metrics.finalizeThrough(copid, METRIC, lastOld, Instant.now());
        Measured full = measure(() -> recomputer.recompute(copid, METRIC));
        check(copid, drivers, days);

        LocalDate newDay = lastOld.plusDays(1);
        metrics.finalizeThrough(copid, METRIC, newDay, Instant.now());
        Measured incremental = measure(() -> recomputer.recompute(copid, METRIC));
        BoardHead head = check(copid, drivers, days + 1);
        Measured dayOnly = measure(() -> readDay(copid, newDay));
        long storedBytes = storedBytes(copid, head);

        Map<String, Object> recompute = new LinkedHashMap<>();
        recompute.put("drivers", drivers);
        recompute.put("days", days);
        recompute.put("incremental", incremental.json(drivers));
        recompute.put("fullRebuild", full.json(drivers));
        recompute.put("newDayRead", dayOnly.json(drivers));
        recompute.put("boardStoredKb", Bench.round(storedBytes / 1024.0));
        recompute.put("readRatio", Bench.round(incremental.usage().rcu() / dayOnly.usage().rcu()));
        recompute.put("writeRatio", Bench.round(incremental.usage().wcu() / (storedBytes / 1024.0)));
        recompute.put("msPerDriver", Bench.round(incremental.ms() / drivers));

        Map<String, Object> read = new LinkedHashMap<>();
        read.put("topPage", measure(() -> page(reads.top(copid, "board", 0, 50), 50)).json(drivers));
        read.put("deepPage", measure(() -> page(reads.top(copid, "board", drivers / 2, 50), 50)).json(drivers));
        read.put("aroundMe", measure(() -> page(reads.around(copid, "board", driver(drivers / 3), 50), 50)).json(drivers));
        return Map.of("recompute", recompute, "read", read);
    }

    record Measured(double ms, Usage usage) {
        Map<String, Object> json(int drivers) {
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

    private static Measured measure(Work work) throws Exception {
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

    private void readDay(String copid, LocalDate day) {
        Optional<String> after = Optional.empty();
        do {
            ScorePage page = scores.day(copid, METRIC, day, 1000, after);
            after = page.lastUserxtid();
        } while (after.isPresent());
    }

    /** Seeds the Scores table directly with BatchWriteItem: setting up is not what is measured. */
    private void seed(String copid, int drivers, int days) throws Exception {
        String now = Instant.now().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writes = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            int day = d;
            String pk = copid + "#" + METRIC + "#" + FIRST_DAY.plusDays(day);
            for (int from = 0; from < drivers; from += 25) {
                int start = from;
                writes.add(pool.submit(() -> {
                    List<WriteRequest> puts = IntStream.range(start, Math.min(drivers, start + 25))
                            .mapToObj(i -> WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
                                    "pk", AttributeValue.fromS(pk),
                                    "userxtid", AttributeValue.fromS(driver(i)),
                                    "score", AttributeValue.fromN(Integer.toString(score(i, day))),
                                    "updatedAt", AttributeValue.fromS(now))).build()).build()).toList();
                    Map<String, List<WriteRequest>> request = Map.of(Tables.scores(), puts);
                    while (!request.isEmpty()) {
                        Map<String, List<WriteRequest>> call = request;
                        var response = dynamo.batchWriteItem(b -> b.requestItems(call));
                        request = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
                    }
                }));
            }
        }
        for (Future<?> write : writes) {
            write.get();
        }
        pool.shutdown();
    }

    /** The published board must equal the ranking computed here from the seeded scores. */
    private BoardHead check(String copid, int drivers, int days) {
        BoardHead head = boards.head(copid, "board").orElseThrow(() -> new IllegalStateException("no board"));
        List<RankedEntry> entries = boards.entries(copid, "board", head);
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
        Arrays.sort(order, (a, b) -> totals[a] != totals[b] ? Long.compare(totals[b], totals[a]) : driver(a).compareTo(driver(b)));
        for (int position = 0; position < drivers; position++) {
            RankedEntry entry = entries.get(position);
            int expected = order[position];
            int rank = position > 0 && totals[order[position - 1]] == totals[expected] ? entries.get(position - 1).rank() : position + 1;
            if (!entry.userxtid().equals(driver(expected)) || entry.standing().accumulated() != totals[expected]
                    || entry.rank() != rank || entry.standing().days() != days) {
                throw new IllegalStateException("board differs at position " + position + ": " + entry);
            }
        }
        return head;
    }

    /** The bytes DynamoDB stores for the head's version: head, chunks and index parts. */
    private long storedBytes(String copid, BoardHead head) {
        String board = copid + "#board";
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
