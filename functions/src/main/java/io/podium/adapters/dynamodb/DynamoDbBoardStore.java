package io.podium.adapters.dynamodb;

import io.podium.config.Sha256;
import io.podium.leaderboards.BoardChangedException;
import io.podium.leaderboards.BoardHead;
import io.podium.leaderboards.BoardPage;
import io.podium.leaderboards.BoardStore;
import io.podium.leaderboards.RankedEntry;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Leaderboards table, one partition per board ({@code board} = {@code copid#campaignId}), sort key {@code part}:
 * <ul>
 *   <li>{@code HEAD}: the current version, its definition, cut-off, size and parts;</li>
 *   <li>{@code C#<version>#<n>}: chunk n of a version, {@value #CHUNK} entries in board order, immutable;</li>
 *   <li>{@code X#<lo>}: a driver index part: the drivers whose id hash is at least {@code lo} (and below the
 *       next part's), with their position, rank and aggregate, and the version they belong to.</li>
 * </ul>
 * A page spans at most two chunks, plus the first, which holds the leaders: one BatchGetItem. A driver's
 * entry is one Query for their index part. Writing a board writes its size in compressed chunks and index
 * parts, not an item per driver.
 */
public final class DynamoDbBoardStore implements BoardStore {
    static final int CHUNK = 500;
    static final int INDEX_PART = 2000;
    static final String HEAD = "HEAD";
    private static final String LOWEST_HASH = "00000000";

    private final DynamoDbClient dynamo;
    private final String table;
    private final BatchCalls batch;

    public DynamoDbBoardStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.batch = new BatchCalls(dynamo, table);
    }

    static String board(String copid, String campaignId) {
        return copid + "#" + campaignId;
    }

    static String chunkPart(String version, int n) {
        return String.format("C#%s#%06d", version, n);
    }

    /** The first 32 bits of the SHA-256 of a driver id, in hex: spreads drivers evenly over index parts. */
    static String hashOf(String userxtid) {
        return Sha256.hex(userxtid).substring(0, 8);
    }

    private Map<String, AttributeValue> key(String board, String part) {
        return Map.of("board", Attributes.s(board), "part", Attributes.s(part));
    }

    @Override
    public Optional<BoardHead> head(String copid, String campaignId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(key(board(copid, campaignId), HEAD)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toHead(item));
    }

    @Override
    public List<RankedEntry> entries(String copid, String campaignId, BoardHead head) {
        String board = board(copid, campaignId);
        List<String> parts = IntStream.range(0, head.chunks()).mapToObj(n -> chunkPart(head.version(), n)).toList();
        // A version's chunks never change once written, so an eventually consistent read (half the read
        // units) is safe; only a chunk written a moment ago may not be visible yet, and is read again.
        Map<String, Map<String, AttributeValue>> items = new HashMap<>(batch.get(board, parts, false));
        List<String> notYetVisible = parts.stream().filter(part -> !items.containsKey(part)).toList();
        if (!notYetVisible.isEmpty()) {
            items.putAll(batch.get(board, notYetVisible, true));
        }
        List<RankedEntry> entries = new ArrayList<>(head.total());
        for (String part : parts) {
            entries.addAll(decodeRequired(items, part));
        }
        return entries;
    }

    @Override
    public BoardHead publish(String copid, String campaignId, Optional<BoardHead> previous, String definition,
                             String hiding, long corrections, LocalDate computedThrough, List<RankedEntry> ranked) {
        return publish(copid, campaignId, previous, definition, hiding, corrections, computedThrough, Optional.empty(),
                ranked);
    }

    @Override
    public BoardHead publishComputed(String copid, String boardId, Optional<BoardHead> previous, String definition,
                                     String hiding, Instant computedAt, List<RankedEntry> ranked) {
        return publish(copid, boardId, previous, definition, hiding, 0, LocalDate.ofInstant(computedAt, ZoneOffset.UTC),
                Optional.of(computedAt), ranked);
    }

    private BoardHead publish(String copid, String campaignId, Optional<BoardHead> previous, String definition,
                              String hiding, long corrections, LocalDate computedThrough, Optional<Instant> computedAt,
                              List<RankedEntry> ranked) {
        String board = board(copid, campaignId);
        // Another version name for each thing it may be computed for: a version's parts are never written twice.
        String version = Sha256.hex(previous.map(BoardHead::version).orElse("") + "\n" + definition + "\n"
                + computedThrough + "\n" + hiding + (corrections == 0 ? "" : "\n" + corrections)
                + computedAt.map(at -> "\n" + at).orElse("")).substring(0, 16);
        List<WriteRequest> writes = new ArrayList<>();
        int chunks = (ranked.size() + CHUNK - 1) / CHUNK;
        for (int n = 0; n < chunks; n++) {
            writes.add(put(Map.of(
                    "board", Attributes.s(board),
                    "part", Attributes.s(chunkPart(version, n)),
                    "data", AttributeValue.fromB(SdkBytes.fromByteArray(
                            BoardCodec.encode(ranked.subList(n * CHUNK, Math.min(ranked.size(), (n + 1) * CHUNK))))))));
        }
        List<String> indexParts = new ArrayList<>();
        for (List<RankedEntry> part : indexLayout(ranked)) {
            String lo = indexParts.isEmpty() ? LOWEST_HASH : hashOf(part.get(0).userxtid());
            indexParts.add("X#" + lo);
            writes.add(put(Map.of(
                    "board", Attributes.s(board),
                    "part", Attributes.s("X#" + lo),
                    "version", Attributes.s(version),
                    "definition", Attributes.s(definition),
                    "total", Attributes.n(ranked.size()),
                    "data", AttributeValue.fromB(SdkBytes.fromByteArray(BoardCodec.encode(part))))));
        }
        batch.write(writes);

        BoardHead head = new BoardHead(version, definition, hiding, corrections, Optional.of(computedThrough), ranked.size(), chunks,
                indexParts, previous.map(BoardHead::version), previous.map(BoardHead::chunks).orElse(0), computedAt);
        try {
            dynamo.putItem(PutItemRequest.builder().tableName(table).item(toItem(board, head))
                    .conditionExpression(previous.isPresent() ? "version = :previous" : "attribute_not_exists(board)")
                    .expressionAttributeValues(previous.isPresent()
                            ? Map.of(":previous", Attributes.s(previous.get().version())) : null)
                    .build());
        } catch (ConditionalCheckFailedException lost) {
            throw new BoardChangedException(board);
        }
        previous.ifPresent(old -> removeSuperseded(board, old, head));
        return head;
    }

    /** Drivers in id-hash order, cut into parts that never split one hash value, so a lookup finds one part. */
    private static List<List<RankedEntry>> indexLayout(List<RankedEntry> ranked) {
        record Hashed(String hash, RankedEntry entry) {
        }
        List<Hashed> hashed = new ArrayList<>(ranked.size());
        ranked.forEach(entry -> hashed.add(new Hashed(hashOf(entry.userxtid()), entry)));
        hashed.sort(Comparator.comparing(Hashed::hash).thenComparing(h -> h.entry().userxtid()));
        List<List<RankedEntry>> parts = new ArrayList<>();
        List<RankedEntry> current = new ArrayList<>();
        for (int i = 0; i < hashed.size(); i++) {
            boolean full = current.size() >= INDEX_PART;
            if (full && !hashed.get(i).hash().equals(hashed.get(i - 1).hash())) {
                parts.add(current);
                current = new ArrayList<>();
            }
            current.add(hashed.get(i).entry());
        }
        if (!current.isEmpty() || parts.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /** The version before the previous one, and index parts the new layout no longer has. */
    private void removeSuperseded(String board, BoardHead old, BoardHead current) {
        List<WriteRequest> deletes = new ArrayList<>();
        old.previousVersion().ifPresent(stale -> IntStream.range(0, old.previousChunks())
                .forEach(n -> deletes.add(deletion(board, chunkPart(stale, n)))));
        old.indexParts().stream().filter(part -> !current.indexParts().contains(part))
                .forEach(part -> deletes.add(deletion(board, part)));
        batch.write(deletes);
    }

    @Override
    public void advance(String copid, String campaignId, BoardHead head, LocalDate computedThrough, long corrections) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key(board(copid, campaignId), HEAD))
                    .updateExpression("SET computedThrough = :through, corrections = :corrections")
                    .conditionExpression("version = :version")
                    .expressionAttributeValues(Map.of(
                            ":through", Attributes.s(computedThrough.toString()),
                            ":corrections", Attributes.n(corrections),
                            ":version", Attributes.s(head.version()))));
        } catch (ConditionalCheckFailedException lost) {
            throw new BoardChangedException(board(copid, campaignId));
        }
    }

    @Override
    public Optional<BoardPage> page(String copid, String campaignId, int offset, int limit) {
        String board = board(copid, campaignId);
        Map<String, AttributeValue> headItem = dynamo.getItem(b -> b.tableName(table).key(key(board, HEAD))).item();
        if (headItem == null || headItem.isEmpty()) {
            return Optional.empty();
        }
        BoardHead head = toHead(headItem);
        return Optional.of(slice(board, head, offset, Math.min(head.total(), offset + limit), Map.of()));
    }

    /** One Query of the driver's index part, then one BatchGetItem of the head and the chunks of the window. */
    @Override
    public Optional<BoardPage> around(String copid, String campaignId, String userxtid, int limit) {
        String board = board(copid, campaignId);
        for (int attempt = 1; ; attempt++) {
            Optional<IndexHit> hit = find(board, userxtid);
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            Window window = Window.around(hit.get(), limit);
            List<String> parts = new ArrayList<>(window.chunkParts(hit.get().version()));
            parts.add(HEAD);
            Map<String, Map<String, AttributeValue>> chunks = new HashMap<>(batch.get(board, parts, false));
            Optional<BoardHead> head = Optional.ofNullable(chunks.remove(HEAD)).map(DynamoDbBoardStore::toHead);
            if (head.isEmpty()) {
                return Optional.empty();
            }
            // A new version may have been published between the two calls; the index then names it.
            if (head.get().version().equals(hit.get().version()) || attempt == 2) {
                return Optional.of(slice(board, head.get(), window.from(), window.to(), chunks));
            }
        }
    }

    @Override
    public Optional<DriverStanding> standing(String copid, String campaignId, String userxtid) {
        return find(board(copid, campaignId), userxtid)
                .map(hit -> new DriverStanding(hit.entry(), hit.definition(), hit.total()));
    }

    /** A driver's entry as the index has it, with the version and size of the board it belongs to. */
    record IndexHit(RankedEntry entry, String version, String definition, int total) {
    }

    /** Positions [from, to) of a board of {@code total} entries. */
    record Window(int from, int to, int total) {
        /** {@code limit} entries with the driver in the middle, shifted to stay inside the board. */
        static Window around(IndexHit hit, int limit) {
            int from = Math.max(0, Math.min(hit.entry().position() - (limit - 1) / 2, hit.total() - limit));
            return new Window(from, Math.min(hit.total(), from + limit), hit.total());
        }

        List<String> chunkParts(String version) {
            return DynamoDbBoardStore.chunkParts(version, from, to, total);
        }
    }

    /** The driver's entry from the index part that covers their id hash: one Query. */
    Optional<IndexHit> find(String board, String userxtid) {
        QueryResponse response = dynamo.query(b -> b.tableName(table)
                .keyConditionExpression("board = :board AND part BETWEEN :lowest AND :mine")
                .expressionAttributeValues(Map.of(
                        ":board", Attributes.s(board),
                        ":lowest", Attributes.s("X#" + LOWEST_HASH),
                        ":mine", Attributes.s("X#" + hashOf(userxtid))))
                .scanIndexForward(false)
                .limit(1));
        if (response.items().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.items().get(0);
        return BoardCodec.decode(item.get("data").b().asByteArray()).stream()
                .filter(entry -> entry.userxtid().equals(userxtid))
                .findFirst()
                .map(entry -> new IndexHit(entry, Attributes.requiredString(item, "version"),
                        Attributes.requiredString(item, "definition"), Attributes.integer(item, "total")));
    }

    /** Entries [from, to) of the head's version, reading the chunks not already in hand plus the first one. */
    BoardPage slice(String board, BoardHead head, int from, int to, Map<String, Map<String, AttributeValue>> inHand) {
        Set<String> needed = new LinkedHashSet<>(chunkParts(head.version(), from, to, head.total()));
        Map<String, Map<String, AttributeValue>> chunks = new HashMap<>(inHand);
        List<String> missing = needed.stream().filter(part -> !chunks.containsKey(part)).toList();
        if (!missing.isEmpty()) {
            chunks.putAll(batch.get(board, missing, false));
        }
        List<RankedEntry> entries = new ArrayList<>();
        for (String part : needed) {
            decodeRequired(chunks, part).stream()
                    .filter(entry -> entry.position() >= from && entry.position() < to)
                    .forEach(entries::add);
        }
        List<String> leaders = head.total() == 0 ? List.of() : decodeRequired(chunks, chunkPart(head.version(), 0))
                .stream().filter(entry -> entry.rank() == 1).map(RankedEntry::userxtid).toList();
        return new BoardPage(head, entries, leaders);
    }

    /** The chunks holding positions [from, to), and the first chunk, which holds the leaders; none if empty. */
    private static List<String> chunkParts(String version, int from, int to, int total) {
        Set<String> parts = new LinkedHashSet<>();
        if (total == 0) {
            return List.of();
        }
        parts.add(chunkPart(version, 0));
        for (int n = from / CHUNK; to > from && n <= (to - 1) / CHUNK; n++) {
            parts.add(chunkPart(version, n));
        }
        return List.copyOf(parts);
    }

    private static List<RankedEntry> decodeRequired(Map<String, Map<String, AttributeValue>> items, String part) {
        Map<String, AttributeValue> item = items.get(part);
        if (item == null) {
            throw new IllegalStateException("board part " + part + " is missing");
        }
        return BoardCodec.decode(item.get("data").b().asByteArray());
    }

    @Override
    public void delete(String copid, String campaignId) {
        String board = board(copid, campaignId);
        Optional<BoardHead> head = head(copid, campaignId);
        if (head.isEmpty()) {
            return;
        }
        List<WriteRequest> deletes = new ArrayList<>();
        deletes.add(deletion(board, HEAD));
        IntStream.range(0, head.get().chunks()).forEach(n -> deletes.add(deletion(board, chunkPart(head.get().version(), n))));
        head.get().previousVersion().ifPresent(previous -> IntStream.range(0, head.get().previousChunks())
                .forEach(n -> deletes.add(deletion(board, chunkPart(previous, n)))));
        head.get().indexParts().forEach(part -> deletes.add(deletion(board, part)));
        batch.write(deletes);
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    private WriteRequest deletion(String board, String part) {
        return WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key(board, part)).build()).build();
    }

    private static Map<String, AttributeValue> toItem(String board, BoardHead head) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("board", Attributes.s(board));
        item.put("part", Attributes.s(HEAD));
        item.put("version", Attributes.s(head.version()));
        item.put("definition", Attributes.s(head.definition()));
        if (!head.hiding().isEmpty()) {
            item.put("hiding", Attributes.s(head.hiding()));
        }
        if (head.corrections() != 0) {
            item.put("corrections", Attributes.n(head.corrections()));
        }
        head.computedThrough().ifPresent(through -> item.put("computedThrough", Attributes.s(through.toString())));
        item.put("total", Attributes.n(head.total()));
        item.put("chunks", Attributes.n(head.chunks()));
        item.put("indexParts", AttributeValue.fromL(head.indexParts().stream().map(Attributes::s).toList()));
        head.previousVersion().ifPresent(previous -> item.put("previousVersion", Attributes.s(previous)));
        item.put("previousChunks", Attributes.n(head.previousChunks()));
        head.computedAt().ifPresent(at -> item.put("computedAt", Attributes.s(at.toString())));
        return item;
    }

    static BoardHead toHead(Map<String, AttributeValue> item) {
        return new BoardHead(
                Attributes.requiredString(item, "version"),
                Attributes.requiredString(item, "definition"),
                Attributes.string(item, "hiding").orElse(""),
                item.containsKey("corrections") ? Attributes.number(item, "corrections") : 0,
                Attributes.date(item, "computedThrough"),
                Attributes.integer(item, "total"),
                Attributes.integer(item, "chunks"),
                item.get("indexParts").l().stream().map(AttributeValue::s).toList(),
                Attributes.string(item, "previousVersion"),
                Attributes.integer(item, "previousChunks"),
                Attributes.string(item, "computedAt").map(Instant::parse));
    }
}
