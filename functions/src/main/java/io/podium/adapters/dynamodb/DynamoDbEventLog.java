package io.podium.adapters.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.events.Change;
import io.podium.events.CompanyEvent;
import io.podium.events.EventLog;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The company event log, in the Events table. An event is an item under {@code copid#stream} (social events, the
 * stream's own partition, read newest first by padded id) or {@code copid#log} (the others), with id, type, payload
 * ({@code data}), {@code changes}, actor and time. Its keys serve the activity feeds with one Query per page:
 * <ul>
 *   <li>{@code ByCompanyTime}: {@code logCompany} = copid, {@code logAt} = time#id — the game's feed over a window;</li>
 *   <li>{@code ByDriverTime}: {@code logDriver} = copid#actor, {@code logAt} — a player's feed;</li>
 *   <li>{@code ByTeamTime}: {@code logTeam} = copid#team, {@code logAt} — a team's own events (joins, leaves, roles
 *       and owners changed), those that name a team.</li>
 * </ul>
 * Ids come from the company's counter ({@code copid#counter}, {@code event}). The event is written in one transaction
 * with its key item ({@code copid#eventkey}, the event's key) and whatever the caller adds (an award or a level, in the
 * Engagement table), each conditional, so nothing is ever appended twice.
 *
 * <p>Many events at once (a day's level-ups for a whole fleet) go {@value #PER_TRANSACTION_ITEMS} items to a
 * transaction and {@value #PARALLEL} transactions at a time, with one counter write per transaction and no key item
 * (each one's own conditional item makes it unique): one invocation appends tens of thousands within Lambda's limits,
 * where one transaction and two reads per event would not.
 */
public final class DynamoDbEventLog implements EventLog {
    /** The GSI of a driver's events by time: {@code logDriver} = copid#actor, {@code logAt}. */
    static final String BY_DRIVER_TIME = "ByDriverTime";
    /** DynamoDB's limit on the items of one transaction. */
    static final int PER_TRANSACTION_ITEMS = 100;
    /** Transactions in flight at once in a bulk append. */
    static final int PARALLEL = 8;
    /** Entries made and written at a time in a bulk append: about 120 transactions. */
    static final int SLICE = 4_000;

    private final KeyedTable table;

    /** An event to append and the items written with it, all or nothing. */
    record Entry(CompanyEvent event, List<TransactWriteItem> with, boolean keyed) {
        Entry {
            with = List.copyOf(with);
        }

        /** An entry whose own items' conditions make it unique: no key item is written for it. */
        Entry(CompanyEvent event, List<TransactWriteItem> with) {
            this(event, with, false);
        }

        /** In a bulk append: the caller's items, the event, and its key item when its own conditions do not make it unique. */
        int items() {
            return with.size() + 1 + (keyed ? 1 : 0);
        }
    }

    public DynamoDbEventLog(DynamoDbClient dynamo, String table) {
        this.table = new KeyedTable(dynamo, table);
    }

    static String partition(String copid, boolean social) {
        return KeyedTable.pk(copid, social ? "stream" : "log");
    }

    @Override
    public boolean append(CompanyEvent event) {
        return append(event, List.of());
    }

    @Override
    public List<CompanyEvent> appendKeyed(String copid, List<CompanyEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        // The keys first (one consistent read per 100), as append does: a repeat whose events are all logged reserves
        // no ids and writes nothing.
        Set<String> logged = new HashSet<>();
        table.getAll(events.stream().map(event -> KeyedTable.key(keyPk(copid), event.key())).distinct().toList())
                .forEach(item -> logged.add(Attributes.requiredString(item, "sk")));
        List<CompanyEvent> missing = events.stream().filter(event -> !logged.contains(event.key())).toList();
        return missing.isEmpty() ? List.of() : appendEach(copid, missing, event -> new Entry(event, List.of(), true));
    }

    /** Appends the event together with {@code with}: all or nothing; false if its key or a condition of theirs failed. */
    boolean append(CompanyEvent event, List<TransactWriteItem> with) {
        if (table.get(keyPk(event.copid()), event.key()).isPresent()) {
            return false;
        }
        long id = table.next(event.copid(), "event");
        List<TransactWriteItem> items = new ArrayList<>(with);
        items.add(keyItem(event, id, Optional.empty()));
        items.add(eventItem(event, id));
        return table.transact(items);
    }

    /**
     * Appends, for each source, its entry at most once, with its items: those whose items' conditions fail are left out
     * (their transaction is written again without them). An entry's own items must make it unique (an award put only
     * if absent, a level raised only from below): no key item is written for it. The entries are made and written
     * {@value #SLICE} at a time, so that a fleet's worth stays within a function's memory.
     *
     * @return the sources whose entries were appended now
     */
    <T> List<T> appendEach(String copid, Collection<T> sources, Function<T, Entry> toEntry) {
        List<T> appended = new ArrayList<>();
        Iterator<T> next = sources.iterator();
        while (next.hasNext()) {
            Map<String, T> byKey = new HashMap<>();
            List<Entry> slice = new ArrayList<>();
            while (slice.size() < SLICE && next.hasNext()) {
                T source = next.next();
                Entry entry = toEntry.apply(source);
                slice.add(entry);
                byKey.putIfAbsent(entry.event().key(), source);
            }
            appendAll(copid, slice).forEach(entry -> appended.add(byKey.get(entry.event().key())));
        }
        return appended;
    }

    /** One slice: in transactions of up to {@value #PER_TRANSACTION_ITEMS} items, {@value #PARALLEL} at a time. */
    private List<Entry> appendAll(String copid, List<Entry> entries) {
        // One transaction may not touch an item twice: an event key listed twice is appended once.
        Map<String, Entry> byKey = new LinkedHashMap<>();
        entries.forEach(entry -> byKey.putIfAbsent(entry.event().key(), entry));
        List<List<Entry>> transactions = new ArrayList<>();
        List<Entry> current = new ArrayList<>();
        int items = 0;
        for (Entry entry : byKey.values()) {
            if (!entry.event().copid().equals(copid)) {
                throw new IllegalArgumentException("an entry of another company: " + entry.event().copid());
            }
            if (items + entry.items() > PER_TRANSACTION_ITEMS && !current.isEmpty()) {
                transactions.add(current);
                current = new ArrayList<>();
                items = 0;
            }
            current.add(entry);
            items += entry.items();
        }
        if (!current.isEmpty()) {
            transactions.add(current);
        }
        return Parallel.each(transactions, PARALLEL, this::appendTogether);
    }

    /**
     * Reserves {@code count} ids of the company's events in one counter write, for events written by the caller in the
     * transaction of the change they record ({@link #put}); answers the first. An id whose transaction is then not
     * written is never used.
     */
    long reserveIds(String copid, int count) {
        return Counters.first(table.next(copid, "event", count), count);
    }

    /**
     * The event's item, put on condition that the id is new, for a transaction of the caller's that makes the change
     * the event records: the event is written if and only if the change is. No key item: the change's own conditions
     * (a player put only if absent, a membership changed only from the version read) make it unique, as an award's
     * make a {@code badge_achieved} unique.
     */
    TransactWriteItem put(CompanyEvent event, long id) {
        return eventItem(event, id);
    }

    /** One transaction: ids for all from one counter write; entries whose conditions fail are dropped and the rest retried. */
    private List<Entry> appendTogether(List<Entry> entries) {
        long first = table.next(entries.get(0).event().copid(), "event", entries.size()) - entries.size() + 1;
        Map<Entry, Long> ids = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ids.put(entries.get(i), first + i);
        }
        List<Entry> remaining = new ArrayList<>(entries);
        while (!remaining.isEmpty()) {
            List<TransactWriteItem> items = new ArrayList<>();
            List<Entry> owners = new ArrayList<>();
            for (Entry entry : remaining) {
                for (TransactWriteItem item : entry.with()) {
                    items.add(item);
                    owners.add(entry);
                }
                items.add(eventItem(entry.event(), ids.get(entry)));
                owners.add(entry);
                if (entry.keyed()) {
                    items.add(keyItem(entry.event(), ids.get(entry), Optional.empty()));
                    owners.add(entry);
                }
            }
            List<Integer> failed = table.failedConditions(items);
            if (failed.isEmpty()) {
                return remaining;
            }
            Set<Entry> refused = new HashSet<>();
            failed.forEach(index -> refused.add(owners.get(index)));
            remaining.removeAll(refused);
        }
        return List.of();
    }

    /** The items that append the event as id {@code id}, unless one has its key: for a caller's own transaction. */
    List<TransactWriteItem> itemsOf(CompanyEvent event, long id) {
        return itemsOf(event, id, Optional.empty());
    }

    /**
     * {@link #itemsOf(CompanyEvent, long)}, the key item expiring at {@code keyExpires} (the Events table's TTL,
     * {@code expiresAtEpoch}): a key that only guards retries for a while, not a fact recorded once for good.
     */
    List<TransactWriteItem> itemsOf(CompanyEvent event, long id, Optional<Instant> keyExpires) {
        return List.of(keyItem(event, id, keyExpires), eventItem(event, id));
    }

    String tableName() {
        return table.name();
    }

    /** The items of these keys that exist, strongly consistent. */
    List<Map<String, AttributeValue>> getAll(List<Map<String, AttributeValue>> keys) {
        return keys.isEmpty() ? List.of() : table.getAll(keys);
    }

    /** The id of the event appended with this key, and the event's item. */
    Optional<Map<String, AttributeValue>> byKey(String copid, String key) {
        return table.get(keyPk(copid), key).flatMap(found -> table.get(partition(copid, false),
                KeyedTable.padded(Attributes.number(found, "eventId"))));
    }

    /**
     * The {@code ByTeamTime} partition of a group's own events: a team's (by its id) or a process's (by its
     * {@code owner/id}; no team id has a slash).
     */
    static String groupFeed(String copid, String group) {
        return copid + "#" + group;
    }

    static String keyPk(String copid) {
        return KeyedTable.pk(copid, "eventkey");
    }

    /** The item that makes the event unique by its key. */
    private TransactWriteItem keyItem(CompanyEvent event, long id, Optional<Instant> expires) {
        Map<String, AttributeValue> attributes = new HashMap<>(Map.of("eventId", Attributes.n(id)));
        expires.ifPresent(at -> attributes.put("expiresAtEpoch", Attributes.n(at.getEpochSecond())));
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                .item(KeyedTable.item(keyPk(event.copid()), event.key(), attributes))
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    private TransactWriteItem eventItem(CompanyEvent event, long id) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                .item(storedItem(event, id))
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    /**
     * The item an event is stored as under the id {@code id}, with its feed keys: for a tool that loads a log in bulk
     * (the benchmark writes a million events with BatchWriteItem), where an append's counter, transaction and
     * conditions are not needed.
     */
    public static Map<String, AttributeValue> storedItem(CompanyEvent event, long id) {
        return KeyedTable.item(partition(event.copid(), event.social()), KeyedTable.padded(id), item(event, id));
    }

    private static Map<String, AttributeValue> item(CompanyEvent event, long id) {
        String at = event.at().toString();
        Map<String, AttributeValue> item = new HashMap<>(Map.of(
                "id", Attributes.n(id),
                "type", Attributes.s(event.type()),
                "data", Attributes.s(Json.write(event.payload())),
                "changes", Attributes.s(Json.write(changes(event.changes()))),
                "highFives", Attributes.n(0),
                "createdAt", Attributes.s(at),
                "updatedAt", Attributes.s(at),
                "logCompany", Attributes.s(event.copid()),
                // The time first, so a window is a BETWEEN; the id keeps events of one millisecond apart. IsoTime is
                // fixed width, so text order is time order (Instant.toString drops a zero fraction: ":05Z" > ":05.001Z").
                "logAt", Attributes.s(IsoTime.format(event.at()) + "#" + KeyedTable.padded(id)),
                // The fact it records: an erasure removes its key item with it.
                "key", Attributes.s(event.key())));
        event.group().ifPresent(group -> item.put("logTeam", Attributes.s(groupFeed(event.copid(), group))));
        event.actor().ifPresent(actor -> {
            item.put("userxtid", Attributes.s(actor));
            item.put("logDriver", Attributes.s(event.copid() + "#" + actor));
            if (event.social()) {
                item.put(DynamoDbStreamStore.BY_USER_KEY, Attributes.s(DynamoDbStreamStore.byUser(event.copid(), actor)));
            }
        });
        return item;
    }

    /** The changes an event's item holds, as {@link #changes(List)} wrote them. */
    static List<Change> changes(Map<String, AttributeValue> item) {
        List<Change> changes = new ArrayList<>();
        for (JsonNode change : Json.read(Attributes.requiredString(item, "changes"))) {
            JsonNode delta = change.path("delta");
            changes.add(new Change(change.path("metric").textValue(), delta.path("old").textValue(),
                    delta.path("new").textValue(), Optional.ofNullable(change.path("item").textValue())));
        }
        return changes;
    }

    private static ArrayNode changes(List<Change> changes) {
        ArrayNode list = Json.mapper().createArrayNode();
        for (Change change : changes) {
            ObjectNode entry = list.addObject().put("metric", change.metric());
            change.item().ifPresent(item -> entry.put("item", item));
            entry.putObject("delta").put("old", change.oldValue()).put("new", change.newValue());
        }
        return list;
    }
}
