package io.podium.adapters.dynamodb;

import io.podium.leaderboards.BoardExclusions;
import io.podium.leaderboards.HiddenDrivers;
import io.podium.players.PendingErasure;
import io.podium.players.Player;
import io.podium.players.PlayerCard;
import io.podium.players.PlayerChange;
import io.podium.players.PlayerEvents;
import io.podium.players.PlayerHit;
import io.podium.players.PlayerPage;
import io.podium.players.PlayerStore;
import io.podium.players.Profile;
import io.podium.players.SearchTerms;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Game table, players: {@code pk = copid#player}, {@code sk = P#<id>}, with {@code id}, {@code number},
 * {@code alias}, {@code enabled}, {@code created}, {@code updated} once changed, {@code version} and each profile field
 * set. A player's number is reserved from the company's {@link Counters counter} ({@code pk = copid#counter},
 * {@code sk = player}) before the transaction that creates it, one block for a whole enrolment: a transaction that
 * fails, or a player that was there already, leaves its numbers unused, so numbers have gaps and are never given
 * twice. The partition's count is kept in
 * {@value #COUNT_SHARDS} items, {@code sk = #total} and {@code #total#1} to {@code #total#7} ({@code count}), which
 * sort before every player, so that one Query from the start reads the count and a page; shards let the transactions
 * of a bulk enrolment run at the same time without conflicting on one counter. Search: {@code pk = copid#search}, {@code sk = <term>#<id>}, with {@code id} and {@code alias},
 * for each {@link SearchTerms} term of each enabled player, so that one Query on a prefix finds them (a folded term
 * has no {@code #}, so a pattern never reaches into the id). Disabled and erasing players: {@code pk = copid#disabled},
 * {@code sk = <id>} ({@code erasing} on an erasing one), and the company's count of erasures ({@code sk = #erasures},
 * {@code count}), so that a recompute reads them in one Query; each erasure also raises an {@link ErasureFence}. A player being erased has {@code erasing} set and is
 * found by nothing; its erasure is also recorded under {@code pk = erasure}, {@code sk = copid#id}, where the repair
 * sweep finds the erasures that did not finish. A player, its terms, its marks and the count change in one
 * transaction; a change is conditional on the {@code version} it read. A creation, a disable and an enable put their
 * event ({@link PlayerEvents}) in the Events table in that same transaction ({@link DynamoDbEventLog#put}), its id
 * reserved before (an enrolment's, like its numbers, in one block for all its players): the event is logged if and
 * only if the change is made.
 */
public final class DynamoDbPlayerStore implements PlayerStore {
    private static final String TOTAL = "#total";
    static final int COUNT_SHARDS = 8;
    /**
     * Items in one enrolment transaction: DynamoDB's limit, less the count (a player, its terms, its event and its
     * erasure check each).
     */
    private static final int ENROL_ITEMS = 99;
    private static final String PLAYER = "P#";
    private static final String VERSION = "version";
    private static final String NUMBER = "number";
    private static final String UPDATED = "updated";
    /** The kind of the company's counter that numbers its players. */
    private static final String NUMBERS = "player";
    private static final String ERASING = "erasing";
    private static final String ERASURES = "#erasures";
    /** The partition of every company's pending erasures: one item each, from the erasure's start to its end. */
    private static final String PENDING_ERASURES = "erasure";
    /** Reads and writes a change tries before it gives up to a player changed that often meanwhile. */
    private static final int ATTEMPTS = 8;

    private final KeyedTable table;
    private final SearchIndex search;
    private final DriverSnapshot enrolled;
    private final Counters counters;
    private final DynamoDbEventLog log;
    /** When a change is made: its {@code updated}, and its event's time. */
    private final Clock clock;

    /** Players in the Game table {@code table}; their events in the Events table {@code eventsTable}. */
    public DynamoDbPlayerStore(DynamoDbClient dynamo, String table, String eventsTable) {
        this(dynamo, table, eventsTable, Clock.systemUTC());
    }

    public DynamoDbPlayerStore(DynamoDbClient dynamo, String table, String eventsTable, Clock clock) {
        this.table = new KeyedTable(dynamo, table);
        this.search = new SearchIndex(this.table, "search");
        this.enrolled = DriverSnapshot.enrolled(dynamo, table);
        this.counters = new Counters(this.table);
        this.log = new DynamoDbEventLog(dynamo, eventsTable);
        this.clock = clock;
    }

    private static String pk(String copid) {
        return KeyedTable.pk(copid, "player");
    }

    /** The key of a player's item, for a transaction elsewhere that needs the player to exist. */
    static Map<String, AttributeValue> key(String copid, String id) {
        return KeyedTable.key(pk(copid), PLAYER + id);
    }

    private static String disabledPk(String copid) {
        return KeyedTable.pk(copid, "disabled");
    }

    /** A condition that the player exists and is not being erased: what a membership needs of it. */
    static final String PRESENT = "attribute_exists(sk) AND attribute_not_exists(" + ERASING + ")";

    /**
     * The number and the event's id first (one write each), then one transaction; a taken id leaves both unused and
     * logs nothing.
     */
    @Override
    public boolean create(String copid, Player player) {
        return table.transact(creation(copid, player));
    }

    /**
     * The writes that create a player, for a transaction (this store's, or one that makes the player with more): the
     * player on condition that its id is free, its count, its terms and its event. Reserves its number and its event's
     * id (one write each).
     */
    List<TransactWriteItem> creation(String copid, Player player) {
        long number = counters.next(copid, NUMBERS);
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(putNew(copid, player, number));
        writes.add(count(copid, shardOf(player.id()), 1));
        terms(player).forEach(term -> writes.add(putTerm(copid, player, term)));
        writes.add(log.put(PlayerEvents.created(copid, player), log.reserveIds(copid, 1)));
        return writes;
    }

    /**
     * Reads which drivers are players already from the company's snapshot (a few calls for a whole fleet), and creates
     * the others: {@value #COUNT_SHARDS} runs of transactions at once, each run counting in its own shard, each
     * player put only if absent (a player created meanwhile is left out and the rest written again). The snapshot
     * records them once they all exist.
     */
    @Override
    public void enrol(String copid, Set<String> ids, long erasuresSeen, Instant now) {
        Map<String, Integer> known = enrolled.read(copid).orElseGet(Map::of);
        List<String> fresh = ids.stream().filter(id -> !known.containsKey(id)).sorted().toList();
        if (fresh.isEmpty()) {
            return;
        }
        // One block of numbers and one of event ids for the whole enrolment, one write each: the i-th fresh id gets
        // the i-th of each. A redelivered enrolment reserves new blocks, and its players already there are dropped
        // with their events, so nobody is logged twice and an id left unused is only a gap.
        Reserved first = new Reserved(Counters.first(counters.reserve(copid, NUMBERS, fresh.size()), fresh.size()),
                log.reserveIds(copid, fresh.size()));
        List<Integer> shards = IntStream.range(0, Math.min(COUNT_SHARDS, fresh.size())).boxed().toList();
        ErasureFence fence = new ErasureFence(table.name(), erasuresSeen);
        List<String> fenced = Parallel.each(shards, COUNT_SHARDS, shard -> {
            int from = shard * fresh.size() / shards.size();
            return createRun(copid, shard, fresh.subList(from, (shard + 1) * fresh.size() / shards.size()), first.plus(from),
                    fence, now);
        });
        Map<String, Integer> recorded = new HashMap<>();
        fresh.forEach(id -> recorded.put(id, 1));
        // An erased driver is no player: the snapshot must not say they are one.
        fenced.forEach(recorded::remove);
        enrolled.record(copid, recorded);
    }

    /** A fresh player's number and the id of its {@code player_created} event, from the enrolment's two blocks. */
    private record Reserved(long number, long eventId) {
        /** What the player {@code offset} places further in the blocks gets. */
        Reserved plus(int offset) {
            return new Reserved(number + offset, eventId + offset);
        }
    }

    /**
     * Creates these players one transaction after another, counting them in {@code shard}; the i-th id gets
     * {@code first.plus(i)}. Answers the ids the fence kept out.
     */
    private List<String> createRun(String copid, int shard, List<String> ids, Reserved first, ErasureFence fence,
                                   Instant now) {
        Map<String, Reserved> reserved = new HashMap<>();
        List<String> fenced = new ArrayList<>();
        List<Player> transaction = new ArrayList<>();
        int items = 0;
        for (int i = 0; i < ids.size(); i++) {
            Player player = new Player(ids.get(i), ids.get(i), true, Profile.EMPTY, now);
            reserved.put(player.id(), first.plus(i));
            int needed = 3 + terms(player).size();
            if (items + needed > ENROL_ITEMS) {
                fenced.addAll(createAbsent(copid, shard, transaction, reserved, fence));
                transaction = new ArrayList<>();
                items = 0;
            }
            transaction.add(player);
            items += needed;
        }
        fenced.addAll(createAbsent(copid, shard, transaction, reserved, fence));
        return fenced;
    }

    /**
     * One transaction: the players not there yet, their events and their count; those already there, or erased since
     * the run read the erasures ({@link ErasureFence}), are dropped and it runs again. Each player keeps its number and
     * its event's id through the attempts (a cancelled one wrote nothing), and those of the players dropped stay
     * unused. Answers the ids the fence kept out.
     */
    private List<String> createAbsent(String copid, int shard, List<Player> players, Map<String, Reserved> reserved,
                                      ErasureFence fence) {
        List<Player> remaining = new ArrayList<>(players);
        List<String> fenced = new ArrayList<>();
        for (int attempt = 0; !remaining.isEmpty(); attempt++) {
            List<TransactWriteItem> writes = new ArrayList<>();
            List<Player> owners = new ArrayList<>();
            Set<Integer> checks = new HashSet<>();
            for (Player player : remaining) {
                Reserved its = reserved.get(player.id());
                checks.add(writes.size());
                writes.add(fence.check(copid, player.id()));
                owners.add(player);
                writes.add(putNew(copid, player, its.number()));
                owners.add(player);
                for (String term : terms(player)) {
                    writes.add(putTerm(copid, player, term));
                    owners.add(player);
                }
                writes.add(log.put(PlayerEvents.created(copid, player), its.eventId()));
                owners.add(player);
            }
            writes.add(count(copid, shard, remaining.size()));
            List<Integer> failed;
            try {
                failed = table.failedConditions(writes);
            } catch (TransactionCanceledException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
                continue; // a player created through the API at the same moment, in this shard: run it again
            }
            if (failed.isEmpty()) {
                return fenced;
            }
            Set<Player> there = new HashSet<>();
            failed.forEach(index -> there.add(owners.get(index)));
            failed.stream().filter(checks::contains).forEach(index -> fenced.add(owners.get(index).id()));
            remaining.removeAll(there);
        }
        return fenced;
    }

    private TransactWriteItem putNew(String copid, Player player, long number) {
        Map<String, AttributeValue> item = item(copid, player, 1);
        item.put(NUMBER, Attributes.n(number));
        return TransactWriteItem.builder().put(put -> put.tableName(table.name())
                .item(item)
                .conditionExpression("attribute_not_exists(sk)")).build();
    }

    /** The count's shard a single player's creation or erasure changes: the sum of the shards is what is read. */
    private static int shardOf(String id) {
        return Math.floorMod(id.hashCode(), COUNT_SHARDS);
    }

    private TransactWriteItem count(String copid, int shard, int added) {
        return TransactWriteItem.builder().update(update -> update.tableName(table.name())
                .key(KeyedTable.key(pk(copid), shard == 0 ? TOTAL : TOTAL + "#" + shard))
                .updateExpression("ADD #count :added")
                .expressionAttributeNames(Map.of("#count", "count"))
                .expressionAttributeValues(Map.of(":added", Attributes.n(added)))).build();
    }

    @Override
    public Optional<Player> find(String copid, String id) {
        return table.get(pk(copid), PLAYER + id).flatMap(DynamoDbPlayerStore::player);
    }

    /** One BatchGetItem of up to 100 players (strongly consistent), the keys it leaves unprocessed asked again. */
    @Override
    public Map<String, PlayerCard> cards(String copid, Collection<String> ids) {
        Set<String> distinct = new LinkedHashSet<>(ids); // a BatchGetItem refuses a key named twice
        if (distinct.isEmpty()) {
            return Map.of();
        }
        Map<String, PlayerCard> found = new HashMap<>();
        table.getAll(distinct.stream().map(id -> key(copid, id)).toList()).stream()
                .filter(item -> !erasing(item))
                .map(DynamoDbPlayerStore::toCard)
                .forEach(card -> found.put(card.id(), card));
        Map<String, PlayerCard> cards = new LinkedHashMap<>();
        distinct.stream().filter(found::containsKey).forEach(id -> cards.put(id, found.get(id)));
        return cards;
    }

    /** BatchGetItem, eventually consistent, 100 players a call; the keys it leaves unprocessed asked again. */
    @Override
    public Map<String, String> aliases(String copid, Collection<String> ids) {
        List<Map<String, AttributeValue>> keys = new LinkedHashSet<>(ids).stream().map(id -> key(copid, id)).toList();
        Map<String, String> aliases = new HashMap<>();
        BatchCalls.getAll(table.dynamo(), table.name(), keys, false).stream()
                .filter(item -> !erasing(item))
                .forEach(item -> aliases.put(Attributes.requiredString(item, "id"), Attributes.requiredString(item, "alias")));
        return aliases;
    }

    /** One Query from the partition's start reads the count's shards and then the players, skipping {@code skip}. */
    @Override
    public PlayerPage list(String copid, int skip, int limit) {
        KeyedTable.HeadAndPage read = table.headsAndPage(pk(copid), TOTAL, COUNT_SHARDS, skip, limit);
        // A player being erased is counted no more, and left out of its page (which is one shorter for a moment).
        return new PlayerPage(read.page().stream().filter(item -> !erasing(item)).map(DynamoDbPlayerStore::toPlayer).toList(),
                read.heads().stream().mapToLong(total -> Attributes.number(total, "count")).sum());
    }

    @Override
    public Optional<Player> change(String copid, String id, PlayerChange change) {
        return rewrite(copid, id, change::applyTo);
    }

    @Override
    public Optional<Player> setEnabled(String copid, String id, boolean enabled) {
        return rewrite(copid, id, player -> player.withEnabled(enabled));
    }

    @Override
    public BoardExclusions exclusions(String copid) {
        Set<String> hidden = new HashSet<>();
        Set<String> erasing = new HashSet<>();
        long[] erasures = {0};
        table.partition(disabledPk(copid)).forEach(item -> {
            String sk = Attributes.requiredString(item, "sk");
            if (sk.equals(ERASURES)) {
                erasures[0] = Attributes.number(item, "count");
                return;
            }
            hidden.add(sk);
            if (erasing(item)) {
                erasing.add(sk);
            }
        });
        return new BoardExclusions(new HiddenDrivers(hidden, erasures[0]), new HiddenDrivers(erasing, erasures[0]));
    }

    /**
     * One transaction: the player marked erasing (on condition of the version read), its search terms deleted, one off
     * the count, its erasing mark, one more erasure counted for the company, the pending record and its fence.
     */
    @Override
    public Optional<Player> beginErasure(String copid, String id, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Map<String, AttributeValue>> stored = table.get(pk(copid), PLAYER + id);
            if (stored.isEmpty() || erasing(stored.get())) {
                return stored.map(DynamoDbPlayerStore::toPlayer);
            }
            Player player = toPlayer(stored.get());
            long version = version(stored.get());
            List<TransactWriteItem> writes = new ArrayList<>();
            writes.add(TransactWriteItem.builder().update(update -> update.tableName(table.name())
                    .key(KeyedTable.key(pk(copid), PLAYER + id))
                    .updateExpression("SET #erasing = :true, #version = :next")
                    .conditionExpression(version == 0 ? "attribute_exists(sk) AND attribute_not_exists(#version)"
                            : "#version = :version")
                    .expressionAttributeNames(Map.of("#erasing", ERASING, "#version", VERSION))
                    .expressionAttributeValues(version == 0
                            ? Map.of(":true", AttributeValue.fromBool(true), ":next", Attributes.n(1))
                            : Map.of(":true", AttributeValue.fromBool(true), ":next", Attributes.n(version + 1),
                            ":version", Attributes.n(version)))).build());
            terms(player).forEach(term -> writes.add(search.delete(copid, term, id)));
            writes.add(count(copid, shardOf(id), -1));
            writes.add(TransactWriteItem.builder().put(put -> put.tableName(table.name())
                    .item(KeyedTable.item(disabledPk(copid), id, Map.of(ERASING, AttributeValue.fromBool(true))))).build());
            writes.add(TransactWriteItem.builder().update(update -> update.tableName(table.name())
                    .key(KeyedTable.key(disabledPk(copid), ERASURES))
                    .updateExpression("ADD #count :one")
                    .expressionAttributeNames(Map.of("#count", "count"))
                    .expressionAttributeValues(Map.of(":one", Attributes.n(1)))).build());
            writes.add(TransactWriteItem.builder().put(put -> put.tableName(table.name())
                    .item(KeyedTable.item(PENDING_ERASURES, copid + "#" + id, Map.of(
                            "copid", Attributes.s(copid), "id", Attributes.s(id), "since", Attributes.s(now.toString())))))
                    .build());
            writes.add(ErasureFence.erasing(table.name(), copid, id));
            try {
                if (table.transact(writes)) {
                    return Optional.of(player);
                }
            } catch (TransactionCanceledException conflict) {
                // another change of the player at the same moment: read again
            }
        }
        throw new IllegalStateException("player " + id + " changed " + ATTEMPTS + " times while its erasure began");
    }

    /**
     * The player and its mark go, and its {@link ErasureFence} says when the erasure finished, for a day; then the
     * enrolment snapshot forgets the id, so that a later score enrols it anew; then the pending record goes, so that a
     * function dying before it leaves the erasure to be finished again.
     */
    @Override
    public void finishErasure(String copid, String id, Instant now) {
        BatchCalls batch = new BatchCalls(table.dynamo(), table.name());
        long erasures = table.get(disabledPk(copid), ERASURES).map(item -> Attributes.number(item, "count")).orElse(0L);
        Map<String, AttributeValue> fence = ErasureFence.erased(copid, id, erasures, now);
        batch.write(List.of(KeyedTable.deletion(pk(copid), PLAYER + id), KeyedTable.deletion(disabledPk(copid), id),
                WriteRequest.builder().putRequest(put -> put.item(fence)).build()));
        enrolled.forget(copid, Set.of(id));
        batch.write(List.of(KeyedTable.deletion(PENDING_ERASURES, copid + "#" + id)));
    }

    @Override
    public List<PendingErasure> pendingErasures() {
        return table.partition(PENDING_ERASURES).map(item -> new PendingErasure(Attributes.requiredString(item, "copid"),
                Attributes.requiredString(item, "id"), Attributes.instant(item, "since"))).toList();
    }

    /** The player an item holds; none if it is being erased. */
    static Optional<Player> player(Map<String, AttributeValue> item) {
        return erasing(item) ? Optional.empty() : Optional.of(toPlayer(item));
    }

    static boolean erasing(Map<String, AttributeValue> item) {
        return item.containsKey(ERASING);
    }

    private static long version(Map<String, AttributeValue> item) {
        return item.containsKey(VERSION) ? Attributes.number(item, VERSION) : 0;
    }

    @Override
    public List<PlayerHit> search(String copid, String pattern, int skip, int limit) {
        return search.search(copid, pattern, skip, limit, item -> new PlayerHit(Attributes.requiredString(item, "id"),
                Attributes.requiredString(item, "alias")));
    }

    /**
     * Reads the player, writes it back changed with its terms if its version is still the one read, and reads again
     * when it is not.
     */
    private Optional<Player> rewrite(String copid, String id, UnaryOperator<Player> change) {
        long eventId = 0;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Map<String, AttributeValue>> stored = table.get(pk(copid), PLAYER + id);
            if (stored.isEmpty() || erasing(stored.get())) {
                return Optional.empty();
            }
            Player before = toPlayer(stored.get());
            long version = version(stored.get());
            Player after = change.apply(before);
            if (after.equals(before)) {
                return Optional.of(before);
            }
            Instant now = clock.instant();
            List<TransactWriteItem> writes = rewrites(copid, stored.get(), before, after, version, now);
            if (before.enabled() != after.enabled()) {
                // Reserved once: an attempt that another change beat wrote nothing, and the next one uses the same id.
                eventId = eventId == 0 ? log.reserveIds(copid, 1) : eventId;
                writes.add(log.put(PlayerEvents.enabledChanged(copid, id, after.enabled(), now), eventId));
            }
            try {
                if (table.transact(writes)) {
                    return Optional.of(after);
                }
            } catch (TransactionCanceledException conflict) {
                // another transaction on one of these items: read again
            }
        }
        throw new IllegalStateException("player " + id + " changed " + ATTEMPTS + " times while being changed");
    }

    /** The player put back changed, with the number it has (if any) and the time of the change as {@code updated}. */
    private List<TransactWriteItem> rewrites(String copid, Map<String, AttributeValue> stored, Player before,
                                             Player after, long version, Instant now) {
        Map<String, AttributeValue> item = item(copid, after, version + 1);
        Optional.ofNullable(stored.get(NUMBER)).ifPresent(number -> item.put(NUMBER, number));
        item.put(UPDATED, Attributes.s(now.toString()));
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(put -> put.tableName(table.name())
                .item(item)
                .conditionExpression(version == 0 ? "attribute_exists(sk) AND attribute_not_exists(#version)"
                        : "#version = :version")
                .expressionAttributeNames(Map.of("#version", VERSION))
                .expressionAttributeValues(version == 0 ? null : Map.of(":version", Attributes.n(version)))).build());
        Set<String> kept = new HashSet<>(terms(after));
        for (String term : terms(before)) {
            if (!kept.contains(term)) {
                writes.add(search.delete(copid, term, before.id()));
            }
        }
        kept.forEach(term -> writes.add(putTerm(copid, after, term)));
        if (before.enabled() && !after.enabled()) {
            writes.add(TransactWriteItem.builder().put(put -> put.tableName(table.name())
                    .item(KeyedTable.key(disabledPk(copid), after.id()))).build());
        } else if (!before.enabled() && after.enabled()) {
            writes.add(TransactWriteItem.builder().delete(delete -> delete.tableName(table.name())
                    .key(KeyedTable.key(disabledPk(copid), after.id()))).build());
        }
        return writes;
    }

    /** The terms a player is found by: none while disabled. */
    private static List<String> terms(Player player) {
        return player.enabled() ? SearchTerms.of(player.id(), player.alias()) : List.of();
    }

    private TransactWriteItem putTerm(String copid, Player player, String term) {
        return search.put(copid, term, player.id(), Map.of("alias", Attributes.s(player.alias())));
    }

    /** The player's item, a new map to which the caller may add. */
    private static Map<String, AttributeValue> item(String copid, Player player, long version) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("id", Attributes.s(player.id()));
        item.put("alias", Attributes.s(player.alias()));
        item.put("enabled", AttributeValue.fromBool(player.enabled()));
        item.put("created", Attributes.s(player.created().toString()));
        item.put(VERSION, Attributes.n(version));
        player.profile().fields().forEach((name, value) -> item.put(name, Attributes.s(value)));
        return KeyedTable.item(pk(copid), PLAYER + player.id(), item);
    }

    private static Player toPlayer(Map<String, AttributeValue> item) {
        AttributeValue enabled = item.get("enabled");
        return new Player(Attributes.requiredString(item, "id"), Attributes.requiredString(item, "alias"),
                enabled == null || enabled.bool(), profile(item), Attributes.instant(item, "created"));
    }

    private static PlayerCard toCard(Map<String, AttributeValue> item) {
        Instant created = Attributes.instant(item, "created");
        return new PlayerCard(Attributes.requiredString(item, "id"),
                item.containsKey(NUMBER) ? OptionalLong.of(Attributes.number(item, NUMBER)) : OptionalLong.empty(),
                profile(item), created, Attributes.string(item, UPDATED).map(Instant::parse).orElse(created));
    }

    private static Profile profile(Map<String, AttributeValue> item) {
        Map<String, String> profile = new HashMap<>();
        for (String field : Profile.FIELDS) {
            Attributes.string(item, field).ifPresent(value -> profile.put(field, value));
        }
        return new Profile(profile);
    }

    /** Every player's alias, by id, but those erasing: one Query of the players' partition, every page. */
    Map<String, String> allAliases(String copid) {
        Map<String, String> aliases = new HashMap<>();
        table.partition(pk(copid), PLAYER).filter(item -> !erasing(item))
                .forEach(item -> aliases.put(Attributes.requiredString(item, "id"), Attributes.requiredString(item, "alias")));
        return aliases;
    }
}
