package io.podium.adapters.dynamodb;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A number per driver, as one compact snapshot per company ({@code copid#<kind>}): a head naming the current version
 * and its chunks, each a compressed run of {@code userxtid\tnumber} lines. A recompute reads a fleet's worth in a few
 * calls, where one item per driver would take a million item reads. Two kinds: every driver's level
 * ({@link #levels}), and the drivers already made players ({@link #enrolled}, each with 1).
 *
 * <p>The per-driver items stay the truth; the snapshot is written after them and may lag them (a write whose
 * recording was interrupted), never lead them. A new version is written beside the old one and made current by a
 * conditional write of the head, so a reader never sees half a snapshot and two writers never lose each other's
 * numbers: the one that loses the race merges again. An erased driver is forgotten with one write to the head (its
 * {@code forgotten} set, left out of every read), not by rewriting a fleet's snapshot: the next new version leaves
 * them out. Every change of the head gives it a new {@code stamp}, which is what a new version is conditional on.
 */
public final class DriverSnapshot {
    private static final String HEAD = "HEAD";
    /** UTF-8 text per chunk before compression. */
    private static final int CHUNK_BYTES = 300_000;
    private static final int ATTEMPTS = 5;

    private final KeyedTable table;
    private final String kind;

    private DriverSnapshot(DynamoDbClient dynamo, String table, String kind) {
        this.table = new KeyedTable(dynamo, table);
        this.kind = kind;
    }

    /** Every driver's level, in the Engagement table. */
    public static DriverSnapshot levels(DynamoDbClient dynamo, String engagementTable) {
        return new DriverSnapshot(dynamo, engagementTable, "levels");
    }

    /** The drivers who are players already, in the Game table. */
    public static DriverSnapshot enrolled(DynamoDbClient dynamo, String gameTable) {
        return new DriverSnapshot(dynamo, gameTable, "enrolled");
    }

    private record Head(String version, int chunks, Optional<String> stamp, Set<String> forgotten) {
    }

    /** The numbers recorded so far; empty if the company has no snapshot yet. */
    public Optional<Map<String, Integer>> read(String copid) {
        for (int attempt = 1; ; attempt++) {
            Optional<Head> head = head(copid);
            if (head.isEmpty()) {
                return Optional.empty();
            }
            Optional<Map<String, Integer>> numbers = chunks(copid, head.get());
            if (numbers.isPresent()) {
                numbers.get().keySet().removeAll(head.get().forgotten());
                return numbers;
            }
            // The version was replaced (and its chunks removed) while it was read: read the new one.
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("the " + kind + " snapshot of " + copid + " kept changing while it was read");
            }
        }
    }

    /**
     * Records these numbers, keeping for each driver the higher of the recorded one and the new one. Only numbers
     * already in the per-driver items may be recorded: the snapshot never leads them.
     */
    public void record(String copid, Map<String, Integer> reached) {
        if (reached.isEmpty()) {
            return; // a recompute that raised nobody reads the snapshot once, not twice
        }
        change(copid, numbers -> {
            boolean changed = false;
            for (Map.Entry<String, Integer> number : reached.entrySet()) {
                Integer before = numbers.get(number.getKey());
                if (before == null || before < number.getValue()) {
                    numbers.put(number.getKey(), number.getValue());
                    changed = true;
                }
            }
            return changed;
        });
    }

    /**
     * Leaves these drivers out of the snapshot (an erased player), once their per-driver items are gone: one write,
     * whatever the fleet's size. Nothing to do when the company has no snapshot.
     */
    public void forget(String copid, Set<String> drivers) {
        try {
            table.dynamo().updateItem(update -> update.tableName(table.name()).key(KeyedTable.key(pk(copid), HEAD))
                    .updateExpression("ADD forgotten :drivers SET stamp = :stamp")
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeValues(Map.of(":drivers", AttributeValue.fromSs(List.copyOf(drivers)),
                            ":stamp", Attributes.s(UUID.randomUUID().toString()))));
        } catch (ConditionalCheckFailedException noSnapshot) {
            // nobody was ever recorded: nobody to forget
        }
    }

    /**
     * Reads the current version, lets {@code change} alter it (true if it did) and writes it as the next, reading
     * again when another writer got there first.
     */
    private void change(String copid, Predicate<Map<String, Integer>> change) {
        for (int attempt = 1; ; attempt++) {
            Optional<Head> head = head(copid);
            Optional<Map<String, Integer>> current = head.isEmpty() ? Optional.of(new HashMap<>()) : chunks(copid, head.get());
            head.ifPresent(read -> current.ifPresent(numbers -> numbers.keySet().removeAll(read.forgotten())));
            if (current.isPresent() && (!change.test(current.get()) || replace(copid, head, current.get()))) {
                return;
            }
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("the " + kind + " snapshot of " + copid + " kept changing while it was recorded");
            }
        }
    }

    /** Writes {@code numbers} as a new version and makes it current if the head is still {@code previous}. */
    private boolean replace(String copid, Optional<Head> previous, Map<String, Integer> numbers) {
        String version = UUID.randomUUID().toString();
        List<byte[]> chunks = encode(numbers);
        List<WriteRequest> puts = new ArrayList<>();
        for (int n = 0; n < chunks.size(); n++) {
            Map<String, AttributeValue> chunk = KeyedTable.item(pk(copid), chunkSk(version, n),
                    Map.of("payload", AttributeValue.fromB(SdkBytes.fromByteArray(chunks.get(n)))));
            puts.add(WriteRequest.builder().putRequest(PutRequest.builder().item(chunk).build()).build());
        }
        BatchCalls batches = new BatchCalls(table.dynamo(), table.name());
        batches.write(puts);
        // The new version has none of the forgotten drivers: its head forgets nobody.
        Map<String, AttributeValue> head = KeyedTable.item(pk(copid), HEAD, Map.of(
                "version", Attributes.s(version), "chunks", Attributes.n(chunks.size()),
                "stamp", Attributes.s(UUID.randomUUID().toString())));
        try {
            table.dynamo().putItem(put -> {
                put.tableName(table.name()).item(head);
                previous.ifPresentOrElse(old -> old.stamp().ifPresentOrElse(
                                stamp -> put.conditionExpression("stamp = :stamp")
                                        .expressionAttributeValues(Map.of(":stamp", Attributes.s(stamp))),
                                () -> put.conditionExpression("version = :previous AND attribute_not_exists(stamp)")
                                        .expressionAttributeValues(Map.of(":previous", Attributes.s(old.version())))),
                        () -> put.conditionExpression("attribute_not_exists(pk)"));
            });
        } catch (ConditionalCheckFailedException lost) {
            batches.write(deletions(copid, new Head(version, chunks.size(), Optional.empty(), Set.of())));
            return false;
        }
        previous.ifPresent(old -> batches.write(deletions(copid, old)));
        return true;
    }

    private List<WriteRequest> deletions(String copid, Head head) {
        List<WriteRequest> deletions = new ArrayList<>();
        for (int n = 0; n < head.chunks(); n++) {
            deletions.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                    .key(KeyedTable.key(pk(copid), chunkSk(head.version(), n))).build()).build());
        }
        return deletions;
    }

    private Optional<Head> head(String copid) {
        return table.get(pk(copid), HEAD).map(item -> new Head(Attributes.requiredString(item, "version"),
                Attributes.integer(item, "chunks"), Attributes.string(item, "stamp"),
                item.containsKey("forgotten") ? Set.copyOf(item.get("forgotten").ss()) : Set.of()));
    }

    /** The version's numbers; empty if a chunk is gone (the version was replaced meanwhile). */
    private Optional<Map<String, Integer>> chunks(String copid, Head head) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int n = 0; n < head.chunks(); n++) {
            keys.add(KeyedTable.key(pk(copid), chunkSk(head.version(), n)));
        }
        List<Map<String, AttributeValue>> items = table.getAll(keys);
        if (items.size() != head.chunks()) {
            return Optional.empty();
        }
        Map<String, Integer> numbers = new HashMap<>();
        items.forEach(item -> decode(item.get("payload").b().asByteArray(), numbers));
        return Optional.of(numbers);
    }

    /**
     * Lines in driver order, cut into chunks of at most {@value #CHUNK_BYTES} bytes of UTF-8, each compressed: even
     * text that does not compress at all stays under DynamoDB's 400 KB item limit.
     */
    static List<byte[]> encode(Map<String, Integer> numbers) {
        List<byte[]> chunks = new ArrayList<>();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (Map.Entry<String, Integer> number : new TreeMap<>(numbers).entrySet()) {
            byte[] line = (number.getKey() + '\t' + number.getValue() + '\n').getBytes(StandardCharsets.UTF_8);
            if (text.size() + line.length > CHUNK_BYTES && text.size() > 0) {
                chunks.add(Deflate.compress(text.toByteArray()));
                text.reset();
            }
            text.write(line, 0, line.length);
        }
        if (text.size() > 0) {
            chunks.add(Deflate.compress(text.toByteArray()));
        }
        return chunks;
    }

    static void decode(byte[] payload, Map<String, Integer> into) {
        String text = new String(Deflate.decompress(payload), StandardCharsets.UTF_8);
        int start = 0;
        while (start < text.length()) {
            int tab = text.indexOf('\t', start);
            int end = text.indexOf('\n', tab);
            into.put(text.substring(start, tab), Integer.parseInt(text, tab + 1, end, 10));
            start = end + 1;
        }
    }

    private String pk(String copid) {
        return KeyedTable.pk(copid, kind);
    }

    private static String chunkSk(String version, int n) {
        return String.format("C#%s#%06d", version, n);
    }
}
