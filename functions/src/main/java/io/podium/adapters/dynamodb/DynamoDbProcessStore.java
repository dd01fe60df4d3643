package io.podium.adapters.dynamodb;

import io.podium.events.CompanyEvent;
import io.podium.players.SearchTerms;
import io.podium.processes.Lane;
import io.podium.processes.Performer;
import io.podium.processes.ProcessHit;
import io.podium.processes.ProcessId;
import io.podium.processes.ProcessInstance;
import io.podium.processes.ProcessPage;
import io.podium.processes.ProcessStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Game table, processes. A process is one item, its performers in it, and a performance is also kept by player:
 * <ul>
 *   <li>{@code pk = copid#process}: the process, {@code sk = P#<id>#<owner>} (so that one Query on {@code P#<id>#}
 *       finds the owners of a bare id), with {@code id} ({@code owner/id}), {@code name}, {@code definitionId},
 *       {@code definitionName}, {@code lanes} (as the definition's), {@code created}, {@code ownerId} and
 *       {@code ownerAlias} while owned, {@code performers} (a map by player id of {@code id}, {@code alias},
 *       {@code joined} and {@code lanes}, a map of lane to role) and {@code performerCount}; and the count of
 *       processes ({@code #total}, {@code count}), which sorts before every process;</li>
 *   <li>{@code pk = copid#performs}, {@code sk = <player id>}: {@code processes}, the string set of the ids of the
 *       processes the player performs in, for their erasure;</li>
 *   <li>{@code pk = copid#processsearch}: the {@link SearchIndex} of the processes' ids and names.</li>
 * </ul>
 * Every change is one transaction on condition of the process item (a performer there or not, the count under the
 * cap, the owner), with the performer's set and the change's event ({@link DynamoDbEventLog#put}): a join and a join
 * of another player at once both land, since each sets only its own performer; a repeated change fails its condition
 * and writes nothing, not even its event. A delete leaves the ids in its performers' sets after its transaction, and a
 * set may name a process deleted since: the erasure's leave of it is conditional, and finds nothing to do.
 */
public final class DynamoDbProcessStore implements ProcessStore {
    private static final String TOTAL = "#total";
    private static final String PROCESS = "P#";
    private static final String PERFORMERS = "performers";
    private static final String COUNT = "performerCount";
    /** Reads and writes a change tries before it gives up to a process changed that often meanwhile. */
    private static final int ATTEMPTS = 8;

    private final KeyedTable table;
    private final SearchIndex search;
    private final DynamoDbEventLog log;

    /** Processes in the Game table {@code table}; the events of their changes in the Events table {@code eventsTable}. */
    public DynamoDbProcessStore(DynamoDbClient dynamo, String table, String eventsTable) {
        this.table = new KeyedTable(dynamo, table);
        this.search = new SearchIndex(this.table, "processsearch");
        this.log = new DynamoDbEventLog(dynamo, eventsTable);
    }

    private static String pk(String copid) {
        return KeyedTable.pk(copid, "process");
    }

    private static String sk(ProcessId id) {
        return PROCESS + id.id() + "#" + id.owner();
    }

    private static Map<String, AttributeValue> key(String copid, ProcessId id) {
        return KeyedTable.key(pk(copid), sk(id));
    }

    private static Map<String, AttributeValue> performsKey(String copid, String playerId) {
        return KeyedTable.key(KeyedTable.pk(copid, "performs"), playerId);
    }

    /**
     * One transaction: the process (on condition that the id is new), the owner still a player, the count, the owner's
     * set of processes, the search terms and the event.
     */
    @Override
    public Outcome create(String copid, ProcessInstance process, CompanyEvent created) {
        Performer owner = process.performers().get(0);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("id", Attributes.s(process.id().full()));
        item.put("name", Attributes.s(process.name()));
        item.put("definitionId", Attributes.s(process.definitionId()));
        item.put("definitionName", Attributes.s(process.definitionName()));
        item.put("lanes", DynamoDbProcessDefinitionStore.lanes(process.lanes()));
        item.put("created", Attributes.s(process.created().toString()));
        item.put("ownerId", Attributes.s(owner.id()));
        item.put("ownerAlias", Attributes.s(owner.alias()));
        item.put(PERFORMERS, AttributeValue.fromM(Map.of(owner.id(), performer(owner, process.created().toString()))));
        item.put(COUNT, Attributes.n(1));
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(put -> put.tableName(table.name())
                .item(KeyedTable.item(pk(copid), sk(process.id()), item))
                .conditionExpression("attribute_not_exists(sk)")).build());
        writes.add(playerPresent(copid, owner.id()));
        writes.add(addCount(copid, 1));
        writes.add(performs(copid, owner.id(), process.id(), "ADD"));
        SearchTerms.of(process.id().id(), process.name()).forEach(term -> writes.add(search.put(copid, term,
                process.id().full(), Map.of("name", Attributes.s(process.name())))));
        writes.add(log.put(created, log.reserveIds(copid, 1)));
        List<Integer> failed = DynamoDbTeamStore.retried(() -> table.failedConditions(writes));
        if (failed.contains(0)) {
            return Outcome.EXISTS;
        }
        return failed.contains(1) ? Outcome.NO_PLAYER : Outcome.DONE;
    }

    @Override
    public Optional<ProcessInstance> find(String copid, ProcessId id) {
        return table.get(pk(copid), sk(id)).map(DynamoDbProcessStore::process);
    }

    /** One Query of the sort keys that start with {@code P#<id>#}. */
    @Override
    public List<ProcessInstance> named(String copid, String id, int limit) {
        return table.partitionFromStart(pk(copid), PROCESS + id + "#", limit).map(DynamoDbProcessStore::process).toList();
    }

    /** One Query from the partition's start reads the count and then the processes, skipping {@code skip} of them. */
    @Override
    public ProcessPage list(String copid, int skip, int limit) {
        KeyedTable.HeadAndPage read = table.headAndPage(pk(copid), TOTAL, skip, limit);
        return new ProcessPage(read.page().stream().map(DynamoDbProcessStore::process).toList(),
                read.head().map(total -> Attributes.number(total, "count")).orElse(0L));
    }

    /**
     * One transaction: the player still exists, the performer new on a process under the cap, the player's set and the
     * event; when the process's condition failed, one read tells why.
     */
    @Override
    public Outcome join(String copid, ProcessId id, Performer performer, int maxPerformers, CompanyEvent joined) {
        List<TransactWriteItem> writes = List.of(
                playerPresent(copid, performer.id()),
                addPerformer(copid, id, performer, maxPerformers, Optional.empty(), joined),
                performs(copid, performer.id(), id, "ADD"),
                log.put(joined, log.reserveIds(copid, 1)));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Integer> failed = DynamoDbTeamStore.retried(() -> table.failedConditions(writes));
            if (!failed.contains(1)) {
                return failed.contains(0) ? Outcome.NO_PLAYER : Outcome.DONE;
            }
            Outcome why = whyNotAdded(copid, id, performer.id(), maxPerformers);
            if (why != Outcome.DONE) {
                return why;
            }
            // Full or a performer when it was tried, neither any more: try again.
        }
        throw new IllegalStateException("process " + id + " changed " + ATTEMPTS + " times while " + performer.id()
                + " joined");
    }

    /**
     * Removes the performer on condition that they still are one and own it as read (the ownership goes with them),
     * with their set and the event; reads again when another change won.
     */
    @Override
    public boolean leave(String copid, ProcessInstance process, String playerId, Optional<CompanyEvent> left) {
        ProcessId id = process.id();
        Optional<ProcessInstance> read = Optional.of(process);
        long eventId = 0;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++, read = find(copid, id)) {
            if (read.isEmpty() || read.get().performer(playerId).isEmpty()) {
                return false;
            }
            if (eventId == 0 && left.isPresent()) {
                eventId = log.reserveIds(copid, 1);
            }
            boolean owner = read.get().owner().filter(held -> held.id().equals(playerId)).isPresent();
            List<TransactWriteItem> writes = new ArrayList<>();
            writes.add(TransactWriteItem.builder().update(update -> update.tableName(table.name())
                    .key(key(copid, id))
                    .updateExpression("REMOVE #performers.#p" + (owner ? ", ownerId, ownerAlias" : "") + " ADD #count :less")
                    .conditionExpression("attribute_exists(#performers.#p) AND " + (owner ? "ownerId = :p"
                            : "(attribute_not_exists(ownerId) OR ownerId <> :p)"))
                    .expressionAttributeNames(Map.of("#performers", PERFORMERS, "#p", playerId, "#count", COUNT))
                    .expressionAttributeValues(Map.of(":less", Attributes.n(-1), ":p", Attributes.s(playerId))))
                    .build());
            writes.add(performs(copid, playerId, id, "DELETE"));
            long reserved = eventId;
            left.ifPresent(event -> writes.add(log.put(event, reserved)));
            if (DynamoDbTeamStore.retried(() -> table.transact(writes))) {
                return true;
            }
        }
        throw new IllegalStateException("process " + id + " changed " + ATTEMPTS + " times while " + playerId + " left");
    }

    /** One transaction: each lane's role set on condition that the player performs, and the event. */
    @Override
    public boolean changeRoles(String copid, ProcessId id, String playerId, Map<String, String> lanes,
                               CompanyEvent changed) {
        Map<String, String> names = new HashMap<>(Map.of("#performers", PERFORMERS, "#p", playerId));
        Map<String, AttributeValue> values = new HashMap<>();
        String sets = laneSets(lanes, names, values);
        List<TransactWriteItem> writes = List.of(
                TransactWriteItem.builder().update(update -> update.tableName(table.name())
                        .key(key(copid, id))
                        .updateExpression("SET " + sets)
                        .conditionExpression("attribute_exists(#performers.#p)")
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(values)).build(),
                log.put(changed, log.reserveIds(copid, 1)));
        return DynamoDbTeamStore.retried(() -> table.transact(writes));
    }

    /**
     * Makes the player the owner: a performer on condition that they still are one, with the lanes named set; another
     * player added as a join adds one. With the player's set and the event; reads again when another change won.
     */
    @Override
    public Outcome transfer(String copid, ProcessInstance process, Performer performer, Map<String, String> lanes,
                            int maxPerformers, CompanyEvent transferred) {
        ProcessId id = process.id();
        long eventId = log.reserveIds(copid, 1);
        Optional<ProcessInstance> read = Optional.of(process);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++, read = find(copid, id)) {
            if (read.isEmpty()) {
                return Outcome.NO_PROCESS;
            }
            boolean performs = read.get().performer(performer.id()).isPresent();
            Map<String, AttributeValue> owner = Map.of(":ownerId", Attributes.s(performer.id()),
                    ":ownerAlias", Attributes.s(performer.alias()));
            TransactWriteItem change;
            if (performs) {
                Map<String, String> names = new HashMap<>(Map.of("#performers", PERFORMERS, "#p", performer.id()));
                Map<String, AttributeValue> values = new HashMap<>(owner);
                String sets = laneSets(lanes, names, values);
                change = TransactWriteItem.builder().update(update -> update.tableName(table.name())
                        .key(key(copid, id))
                        .updateExpression("SET ownerId = :ownerId, ownerAlias = :ownerAlias" + (sets.isEmpty() ? ""
                                : ", " + sets))
                        .conditionExpression("attribute_exists(#performers.#p)")
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(values)).build();
            } else {
                change = addPerformer(copid, id, performer, maxPerformers, Optional.of(owner), transferred);
            }
            List<TransactWriteItem> writes = List.of(playerPresent(copid, performer.id()), change,
                    performs(copid, performer.id(), id, "ADD"), log.put(transferred, eventId));
            List<Integer> failed = DynamoDbTeamStore.retried(() -> table.failedConditions(writes));
            if (failed.contains(1)) {
                Outcome why = whyNotAdded(copid, id, performer.id(), maxPerformers);
                if (why == Outcome.NO_PROCESS || why == Outcome.FULL) {
                    return why;
                }
                continue;
            }
            return failed.contains(0) ? Outcome.NO_PLAYER : Outcome.DONE;
        }
        throw new IllegalStateException("process " + id + " changed " + ATTEMPTS + " times while it was transferred");
    }

    /**
     * One transaction: the process, on condition that it is there, the count, its search terms and the event; then each
     * performer's set, one UpdateItem each (a set that keeps the id is harmless: see the class).
     */
    @Override
    public boolean delete(String copid, ProcessInstance process, CompanyEvent deleted) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().delete(delete -> delete.tableName(table.name())
                .key(key(copid, process.id())).conditionExpression("attribute_exists(sk)")).build());
        writes.add(addCount(copid, -1));
        SearchTerms.of(process.id().id(), process.name()).forEach(term -> writes.add(search.delete(copid, term,
                process.id().full())));
        writes.add(log.put(deleted, log.reserveIds(copid, 1)));
        if (!DynamoDbTeamStore.retried(() -> table.transact(writes))) {
            return false;
        }
        process.performers().forEach(performer -> table.dynamo().updateItem(update -> update.tableName(table.name())
                .key(performsKey(copid, performer.id()))
                .updateExpression("DELETE processes :ids")
                .expressionAttributeValues(Map.of(":ids", AttributeValue.fromSs(List.of(process.id().full()))))));
        return true;
    }

    @Override
    public List<ProcessHit> search(String copid, String pattern, int skip, int limit) {
        return search.search(copid, pattern, skip, limit, item -> new ProcessHit(Attributes.requiredString(item, "id"),
                Attributes.requiredString(item, "name")));
    }

    /** One GetItem of the player's set. */
    @Override
    public List<ProcessId> performancesOf(String copid, String playerId) {
        return Items.get(table.dynamo(), table.name(), performsKey(copid, playerId))
                .filter(item -> item.containsKey("processes"))
                .map(item -> item.get("processes").ss().stream().sorted()
                        .flatMap(id -> ProcessId.parse(id).stream()).toList())
                .orElse(List.of());
    }

    @Override
    public void forgetPerformances(String copid, String playerId) {
        table.dynamo().deleteItem(delete -> delete.tableName(table.name()).key(performsKey(copid, playerId)));
    }

    /**
     * Adds the performer to the process, on condition that it is there, they are not one yet and it holds fewer than
     * {@code max}; with {@code owner} ({@code :ownerId}, {@code :ownerAlias}), makes them its owner too. They joined
     * when the change's event says.
     */
    private TransactWriteItem addPerformer(String copid, ProcessId id, Performer performer, int max,
                                           Optional<Map<String, AttributeValue>> owner, CompanyEvent change) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":performer", performer(performer, change.at().toString()),
                ":one", Attributes.n(1),
                ":max", Attributes.n(max)));
        owner.ifPresent(values::putAll);
        return TransactWriteItem.builder().update(update -> update.tableName(table.name())
                .key(key(copid, id))
                .updateExpression("SET #performers.#p = :performer"
                        + (owner.isPresent() ? ", ownerId = :ownerId, ownerAlias = :ownerAlias" : "") + " ADD #count :one")
                .conditionExpression("attribute_exists(sk) AND attribute_not_exists(#performers.#p) AND #count < :max")
                .expressionAttributeNames(Map.of("#performers", PERFORMERS, "#p", performer.id(), "#count", COUNT))
                .expressionAttributeValues(values)).build();
    }

    /** Why a performer was not added: the process is gone, they are one already, or it is full. */
    private Outcome whyNotAdded(String copid, ProcessId id, String playerId, int max) {
        Optional<ProcessInstance> now = find(copid, id);
        if (now.isEmpty()) {
            return Outcome.NO_PROCESS;
        }
        if (now.get().performer(playerId).isPresent()) {
            return Outcome.ALREADY_PERFORMER;
        }
        return now.get().performers().size() >= max ? Outcome.FULL : Outcome.DONE;
    }

    /** The {@code SET} clauses of each lane's role of the performer {@code #p}. */
    private static String laneSets(Map<String, String> lanes, Map<String, String> names,
                                   Map<String, AttributeValue> values) {
        List<String> clauses = new ArrayList<>();
        if (!lanes.isEmpty()) {
            // DynamoDB refuses a name the expressions do not use.
            names.put("#lanes", "lanes");
        }
        int i = 0;
        for (Map.Entry<String, String> lane : lanes.entrySet()) {
            names.put("#l" + i, lane.getKey());
            values.put(":l" + i, Attributes.s(lane.getValue()));
            clauses.add("#performers.#p.#lanes.#l" + i + " = :l" + i);
            i++;
        }
        return String.join(", ", clauses);
    }

    private TransactWriteItem playerPresent(String copid, String playerId) {
        return TransactWriteItem.builder().conditionCheck(check -> check.tableName(table.name())
                .key(DynamoDbPlayerStore.key(copid, playerId))
                .conditionExpression(DynamoDbPlayerStore.PRESENT)).build();
    }

    /** Adds the process's id to the player's set ({@code ADD}), or takes it away ({@code DELETE}). */
    private TransactWriteItem performs(String copid, String playerId, ProcessId id, String action) {
        return TransactWriteItem.builder().update(update -> update.tableName(table.name())
                .key(performsKey(copid, playerId))
                .updateExpression(action + " processes :ids")
                .expressionAttributeValues(Map.of(":ids", AttributeValue.fromSs(List.of(id.full()))))).build();
    }

    private TransactWriteItem addCount(String copid, long delta) {
        return TransactWriteItem.builder().update(update -> update.tableName(table.name())
                .key(KeyedTable.key(pk(copid), TOTAL))
                .updateExpression("ADD #count :delta")
                .expressionAttributeNames(Map.of("#count", "count"))
                .expressionAttributeValues(Map.of(":delta", Attributes.n(delta)))).build();
    }

    private static AttributeValue performer(Performer performer, String joined) {
        Map<String, AttributeValue> lanes = new HashMap<>();
        performer.lanes().forEach((lane, role) -> lanes.put(lane, Attributes.s(role)));
        return AttributeValue.fromM(Map.of(
                "id", Attributes.s(performer.id()),
                "alias", Attributes.s(performer.alias()),
                "joined", Attributes.s(joined),
                "lanes", AttributeValue.fromM(lanes)));
    }

    private static ProcessInstance process(Map<String, AttributeValue> item) {
        List<Lane> lanes = DynamoDbProcessDefinitionStore.lanes(item.get("lanes"));
        List<Performer> performers = item.get(PERFORMERS).m().values().stream().map(AttributeValue::m)
                .sorted(Comparator.comparing((Map<String, AttributeValue> p) -> Attributes.requiredString(p, "joined"))
                        .thenComparing(p -> Attributes.requiredString(p, "id")))
                .map(p -> {
                    Map<String, String> held = new LinkedHashMap<>();
                    Map<String, AttributeValue> stored = p.get("lanes").m();
                    lanes.stream().filter(lane -> stored.containsKey(lane.name()))
                            .forEach(lane -> held.put(lane.name(), stored.get(lane.name()).s()));
                    return new Performer(Attributes.requiredString(p, "id"), Attributes.requiredString(p, "alias"), held);
                })
                .toList();
        Optional<ProcessInstance.Owner> owner = Attributes.string(item, "ownerId").map(id -> new ProcessInstance.Owner(
                id, Attributes.requiredString(item, "ownerAlias")));
        return new ProcessInstance(ProcessId.parse(Attributes.requiredString(item, "id")).orElseThrow(),
                Attributes.requiredString(item, "name"), Attributes.requiredString(item, "definitionId"),
                Attributes.requiredString(item, "definitionName"), lanes, Attributes.instant(item, "created"), owner,
                performers);
    }
}
