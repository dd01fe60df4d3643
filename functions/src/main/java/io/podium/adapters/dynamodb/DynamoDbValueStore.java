package io.podium.adapters.dynamodb;

import io.podium.events.CompanyEvent;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.PlayerValues;
import io.podium.gamemetrics.PointDeltas;
import io.podium.players.Player;
import io.podium.rules.ValueStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Players' values in the Game table, one item per player: {@code pk = copid#values}, {@code sk} = the player's id,
 * with {@code points} (a map of metric to number), {@code sets} (metric to a map of item to count), {@code states}
 * (metric to state) and {@code version}. It is read with the player in one BatchGetItem (50 players a call), and
 * written in one transaction with the event that changed it (the event's key item and its item, in the Events table)
 * on condition of the version read: one call a player.
 */
public final class DynamoDbValueStore implements ValueStore {
    /** Two keys per player in a BatchGetItem of at most 100. */
    private static final int PLAYERS_PER_READ = 50;

    private final KeyedTable table;
    private final DynamoDbEventLog log;

    public DynamoDbValueStore(DynamoDbClient dynamo, String gameTable, String eventsTable) {
        this.table = new KeyedTable(dynamo, gameTable);
        this.log = new DynamoDbEventLog(dynamo, eventsTable);
    }

    static Map<String, AttributeValue> key(String copid, String playerId) {
        return KeyedTable.key(KeyedTable.pk(copid, "values"), playerId);
    }

    @Override
    public Map<String, Subject> read(String copid, Collection<String> playerIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(playerIds));
        Map<String, Player> players = new HashMap<>();
        Map<String, PlayerValues> values = new HashMap<>();
        for (int start = 0; start < ids.size(); start += PLAYERS_PER_READ) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (String id : ids.subList(start, Math.min(ids.size(), start + PLAYERS_PER_READ))) {
                keys.add(DynamoDbPlayerStore.key(copid, id));
                keys.add(key(copid, id));
            }
            for (Map<String, AttributeValue> item : table.getAll(keys)) {
                if (item.get("pk").s().equals(KeyedTable.pk(copid, "values"))) {
                    PlayerValues read = values(item);
                    values.put(read.playerId(), read);
                } else {
                    DynamoDbPlayerStore.player(item).ifPresent(player -> players.put(player.id(), player));
                }
            }
        }
        Map<String, Subject> subjects = new HashMap<>();
        players.forEach((id, player) -> subjects.put(id, new Subject(player.alias(), player.enabled(),
                values.getOrDefault(id, PlayerValues.none(id)))));
        return subjects;
    }

    /** The values an item holds. */
    static PlayerValues values(Map<String, AttributeValue> item) {
        Map<String, Long> points = new HashMap<>();
        Optional.ofNullable(item.get("points")).ifPresent(m -> m.m().forEach((metric, n) -> points.put(metric, Long.parseLong(n.n()))));
        Map<String, Map<String, Long>> sets = new HashMap<>();
        Optional.ofNullable(item.get("sets")).ifPresent(m -> m.m().forEach((metric, counts) -> {
            Map<String, Long> items = new HashMap<>();
            counts.m().forEach((name, n) -> items.put(name, Long.parseLong(n.n())));
            sets.put(metric, items);
        }));
        Map<String, String> states = new HashMap<>();
        Optional.ofNullable(item.get("states")).ifPresent(m -> m.m().forEach((metric, state) -> states.put(metric, state.s())));
        return new PlayerValues(item.get("sk").s(), points, sets, states, Attributes.number(item, "version"));
    }

    @Override
    public boolean hold(String copid, MetricCatalog read, Set<String> metrics) {
        return Items.conditionally(() -> table.dynamo().updateItem(update -> update.tableName(table.name())
                .key(DynamoDbMetricDefinitionStore.key(copid))
                .updateExpression("ADD held :metrics SET version = :next")
                .conditionExpression("version = :version")
                .expressionAttributeValues(Map.of(":metrics", AttributeValue.fromSs(List.copyOf(metrics)),
                        ":version", Attributes.n(read.version()), ":next", Attributes.n(read.version() + 1)))));
    }

    /** From the log's own counter, in the Events table: the ids every other event of the company takes too. */
    @Override
    public long eventIds(String copid, int count) {
        return log.reserveIds(copid, count);
    }

    @Override
    public Applied apply(String copid, PlayerValues after, PointDeltas deltas, List<Logged> events) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(putValues(copid, after));
        events.forEach(logged -> writes.addAll(log.itemsOf(logged.event(), logged.id(), Optional.of(logged.keyExpires()))));
        DynamoDbPointDays.add(table.name(), copid, after.playerId(), deltas).ifPresent(writes::add);
        List<Integer> failed;
        try {
            failed = table.failedConditions(writes);
        } catch (TransactionCanceledException conflict) {
            return Applied.VALUES_CHANGED; // another transaction on the player at that moment: read again, apply again
        }
        if (failed.isEmpty()) {
            return Applied.APPLIED;
        }
        // The first event's key item: a retried call finds its application done, whatever the values did since.
        return failed.contains(1) ? Applied.ALREADY_APPLIED : Applied.VALUES_CHANGED;
    }

    /** The values put back, one version on, on condition that they are still at the version read. */
    private TransactWriteItem putValues(String copid, PlayerValues after) {
        Map<String, AttributeValue> item = new HashMap<>(key(copid, after.playerId()));
        Map<String, AttributeValue> points = new HashMap<>();
        after.points().forEach((metric, value) -> points.put(metric, Attributes.n(value)));
        Map<String, AttributeValue> sets = new HashMap<>();
        after.sets().forEach((metric, counts) -> {
            Map<String, AttributeValue> items = new HashMap<>();
            counts.forEach((name, count) -> items.put(name, Attributes.n(count)));
            sets.put(metric, AttributeValue.fromM(items));
        });
        Map<String, AttributeValue> states = new HashMap<>();
        after.states().forEach((metric, state) -> states.put(metric, Attributes.s(state)));
        item.put("points", AttributeValue.fromM(points));
        item.put("sets", AttributeValue.fromM(sets));
        item.put("states", AttributeValue.fromM(states));
        item.put("version", Attributes.n(after.version() + 1));
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item)
                .conditionExpression(after.version() == 0 ? "attribute_not_exists(pk)" : "version = :version")
                .expressionAttributeValues(after.version() == 0 ? null : Map.of(":version", Attributes.n(after.version())))
                .build()).build();
    }

    @Override
    public RevertView forRevert(String copid, String playerId, Collection<Long> eventIds) {
        Map<String, AttributeValue> playerKey = DynamoDbPlayerStore.key(copid, playerId);
        Map<String, AttributeValue> valuesKey = key(copid, playerId);
        Map<String, AttributeValue> catalogKey = DynamoDbMetricDefinitionStore.key(copid);
        Map<String, KeysAndAttributes> request = new HashMap<>();
        request.put(table.name(), KeysAndAttributes.builder().keys(playerKey, valuesKey, catalogKey).consistentRead(true).build());
        List<Map<String, AttributeValue>> eventKeys = eventIds.stream().distinct()
                .map(id -> KeyedTable.key(DynamoDbEventLog.partition(copid, false), KeyedTable.padded(id))).toList();
        if (!eventKeys.isEmpty()) {
            request.put(log.tableName(), KeysAndAttributes.builder().keys(eventKeys).consistentRead(true).build());
        }
        Map<String, List<Map<String, AttributeValue>>> found = BatchCalls.getAll(table.dynamo(), request);
        Optional<Player> player = Optional.empty();
        PlayerValues values = PlayerValues.none(playerId);
        MetricCatalog catalog = MetricCatalog.EMPTY;
        for (Map<String, AttributeValue> item : found.getOrDefault(table.name(), List.of())) {
            if (item.get("pk").equals(valuesKey.get("pk"))) {
                values = values(item);
            } else if (item.get("pk").equals(catalogKey.get("pk"))) {
                catalog = DynamoDbMetricDefinitionStore.catalog(item);
            } else {
                player = DynamoDbPlayerStore.player(item);
            }
        }
        Map<Long, LoggedEvent> events = new HashMap<>();
        for (Map<String, AttributeValue> item : found.getOrDefault(log.tableName(), List.of())) {
            long id = Attributes.number(item, "id");
            events.put(id, new LoggedEvent(id, Attributes.requiredString(item, "type"), Attributes.string(item, "userxtid"),
                    DynamoDbEventLog.changes(item), item.containsKey("reverted")));
        }
        PlayerValues held = values;
        return new RevertView(player.map(p -> new Subject(p.alias(), p.enabled(), held)), catalog, events);
    }

    @Override
    public Applied revert(String copid, PlayerValues after, PointDeltas deltas, Collection<Long> reverted,
                          CompanyEvent event, long eventId) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(putValues(copid, after));
        DynamoDbPointDays.add(table.name(), copid, after.playerId(), deltas).ifPresent(writes::add);
        for (long id : reverted) {
            writes.add(TransactWriteItem.builder().update(update -> update.tableName(log.tableName())
                    .key(KeyedTable.key(DynamoDbEventLog.partition(copid, false), KeyedTable.padded(id)))
                    .updateExpression("SET reverted = :by")
                    .conditionExpression("attribute_exists(pk) AND attribute_not_exists(reverted)")
                    .expressionAttributeValues(Map.of(":by", Attributes.n(eventId)))).build());
        }
        // No key item: the revert's key names its own new id, and the values' version makes it unique.
        writes.add(log.put(event, eventId));
        try {
            return table.failedConditions(writes).isEmpty() ? Applied.APPLIED : Applied.VALUES_CHANGED;
        } catch (TransactionCanceledException conflict) {
            return Applied.VALUES_CHANGED;
        }
    }

    @Override
    public Optional<StoredEvent> event(String copid, String key) {
        return log.byKey(copid, key).map(item -> new StoredEvent(Attributes.number(item, "id"),
                Instant.parse(Attributes.requiredString(item, "createdAt")), DynamoDbEventLog.changes(item)));
    }

    /** Every player's value of a point metric, by id, those who have one: one Query of the values, every page. */
    Map<String, Long> allPoints(String copid, String metric) {
        Map<String, Long> points = new HashMap<>();
        table.partition(KeyedTable.pk(copid, "values")).forEach(item -> Optional.ofNullable(item.get("points"))
                .map(all -> all.m().get(metric)).ifPresent(value ->
                        points.put(Attributes.requiredString(item, "sk"), Long.parseLong(value.n()))));
        return points;
    }
}
