package io.podium.handlers;

import io.podium.adapters.dynamodb.DynamoDbLedger;
import io.podium.adapters.dynamodb.DriverSnapshot;
import io.podium.adapters.dynamodb.Tables;
import io.podium.engagement.LevelRaise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Level-ups in bulk, against the local DynamoDB engine: many to a transaction and several transactions at once, yet every raise is
 * written once with exactly one event, whether the call is repeated, mixes done and new raises, or races itself. The
 * company's level snapshot follows the raises, merges concurrent writers and is built once from levels that predate it.
 */
@ExtendWith(InProcessPodium.class)
class LedgerBulkTest {
    private final Stores stores = Stores.healthy();
    private final DynamoDbLedger ledger = new DynamoDbLedger(stores.dynamo, Tables.engagement(), Tables.events(), Tables.game());
    private final String copid = newCompany();

    private static List<LevelRaise> raises(int from, int to, int level) {
        return IntStream.range(from, to).mapToObj(i -> new LevelRaise(String.format("u%03d", i), level - 1, level)).toList();
    }

    /** The company's new_level events, as user#level, and how many distinct ids they have. */
    private List<String> levelEvents() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        stores.dynamo.queryPaginator(query -> query.tableName(Tables.events()).consistentRead(true)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(copid + "#stream"))))
                .items().forEach(items::add);
        assertEquals(items.size(), new HashSet<>(items.stream().map(item -> item.get("id").n()).toList()).size(),
                "every event has its own id");
        return items.stream().map(item -> item.get("userxtid").s() + "#" + item.get("data").s()).sorted().toList();
    }

    @Test
    void manyRaisesAreEachWrittenOnceWithOneEvent() {
        // 120 raises of 3 items each: four transactions, run side by side.
        assertEquals(120, ledger.raiseLevels(copid, raises(0, 120, 3), 0, Instant.now()));
        assertEquals(120, levelEvents().size());
        assertEquals(Optional.of(3), ledger.level(copid, "u077"));
        assertEquals(120, ledger.levels(copid).size());

        assertEquals(0, ledger.raiseLevels(copid, raises(0, 120, 3), 0, Instant.now()), "a repeated call raises nothing");
        assertEquals(120, levelEvents().size());
    }

    @Test
    void raisesAlreadyDoneAreLeftOutAndTheRestOfTheirTransactionIsWritten() {
        ledger.raiseLevels(copid, raises(0, 40, 3), 0, Instant.now());
        List<LevelRaise> mixed = new ArrayList<>(raises(20, 40, 3));
        mixed.addAll(raises(0, 20, 4));
        mixed.addAll(raises(40, 70, 3));
        mixed.add(new LevelRaise("u005", 1, 2));

        assertEquals(50, ledger.raiseLevels(copid, mixed, 0, Instant.now()), "20 raised further and 30 new ones");
        assertEquals(90, levelEvents().size());
        assertEquals(Optional.of(4), ledger.level(copid, "u005"), "a lower level never replaces a higher one");
        assertEquals(Optional.of(3), ledger.level(copid, "u030"));
    }

    @Test
    void twoConsumersRaisingTheSameDriversWriteEachRaiseOnce() throws Exception {
        List<LevelRaise> raises = raises(0, 100, 2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> consumer = () -> {
                // A conflicting transaction fails the call; the queue redelivers it, as here.
                for (int attempt = 1; ; attempt++) {
                    try {
                        return ledger.raiseLevels(copid, raises, 0, Instant.now());
                    } catch (TransactionCanceledException conflict) {
                        if (attempt == 10) {
                            throw conflict;
                        }
                    }
                }
            };
            List<Future<Integer>> both = List.of(pool.submit(consumer), pool.submit(consumer));
            int raised = 0;
            for (Future<Integer> one : both) {
                raised += one.get();
            }
            // A call that failed on a conflict may have written some of its transactions first: those are not counted.
            assertTrue(raised <= 100, "no driver raised twice: " + raised);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(100, levelEvents().size());
        assertEquals(100, ledger.levels(copid).size());
    }

    @Test
    void theSnapshotKeepsTheHigherLevelAndSpansManyChunks() {
        DriverSnapshot snapshot = DriverSnapshot.levels(stores.dynamo, Tables.engagement());
        assertEquals(Optional.empty(), snapshot.read(copid));
        snapshot.record(copid, Map.of("a", 3, "b", 1));
        snapshot.record(copid, Map.of("a", 2, "b", 4, "c", 1));
        assertEquals(Optional.of(Map.of("a", 3, "b", 4, "c", 1)), snapshot.read(copid));

        // Ids of 100 characters: 40,000 drivers are 4 MB of text, cut into chunks of 300 KB.
        Map<String, Integer> fleet = new HashMap<>();
        IntStream.range(0, 40_000).forEach(i -> fleet.put(String.format("%0100d", i), i % 31));
        snapshot.record(copid, fleet);
        Map<String, Integer> expected = new HashMap<>(fleet);
        expected.putAll(Map.of("a", 3, "b", 4, "c", 1));
        assertEquals(Optional.of(expected), snapshot.read(copid));
    }

    @Test
    void aForgottenDriverIsLeftOutWithoutRewritingTheSnapshotAndMayBeRecordedAgain() {
        DriverSnapshot snapshot = DriverSnapshot.levels(stores.dynamo, Tables.engagement());
        snapshot.forget(copid, Set.of("a"));
        assertEquals(Optional.empty(), snapshot.read(copid), "no snapshot, nobody to forget");
        snapshot.record(copid, Map.of("a", 3, "b", 1));
        snapshot.forget(copid, Set.of("a"));
        assertEquals(Optional.of(Map.of("b", 1)), snapshot.read(copid));
        snapshot.record(copid, Map.of("c", 2));
        assertEquals(Optional.of(Map.of("b", 1, "c", 2)), snapshot.read(copid), "a new version leaves the forgotten out");
        snapshot.record(copid, Map.of("a", 1));
        assertEquals(Optional.of(Map.of("a", 1, "b", 1, "c", 2)), snapshot.read(copid), "a new a, from nothing");
    }

    @Test
    void twoWritersOfTheSnapshotKeepEachOthersLevels() throws Exception {
        DriverSnapshot snapshot = DriverSnapshot.levels(stores.dynamo, Tables.engagement());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                int from = writer * 50;
                writers.add(pool.submit(() -> snapshot.record(copid, IntStream.range(from, from + 50).boxed()
                        .collect(Collectors.toMap(i -> "u" + i, i -> 1)))));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, snapshot.read(copid).orElseThrow().size());
    }

    @Test
    void levelsRaisedBeforeSnapshotsBecomeOneOnFirstRead() {
        stores.dynamo.putItem(put -> put.tableName(Tables.engagement()).item(Map.of(
                "pk", AttributeValue.fromS(copid + "#level"), "sk", AttributeValue.fromS("old-timer"),
                "level", AttributeValue.fromN("6"), "updatedAt", AttributeValue.fromS(Instant.now().toString()))));
        assertEquals(Map.of("old-timer", 6), ledger.levels(copid));
        assertEquals(Optional.of(Map.of("old-timer", 6)), DriverSnapshot.levels(stores.dynamo, Tables.engagement()).read(copid));

        assertEquals(1, ledger.raiseLevels(copid, List.of(new LevelRaise("old-timer", 6, 7)), 0, Instant.now()));
        assertEquals(Map.of("old-timer", 7), ledger.levels(copid));
    }
}
