package io.podium.adapters.dynamodb;

import io.podium.json.Json;
import io.podium.stream.HighFive;
import io.podium.stream.StreamEvent;
import io.podium.stream.StreamPage;
import io.podium.stream.StreamStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The social stream, read from the event log in the Events table: events under {@code copid#stream} by padded id, so a descending Query is newest
 * first; a driver's events through the GSI {@code ByUser} ({@code byUser} = {@code copid#userxtid}). A high-five is an
 * item {@code copid#highfive#<event>}, {@code <viewer>}, put together with the event's count and the viewer's own
 * record of it ({@code copid#gave#<viewer>}, padded event id: what an erasure of the viewer takes back) in one
 * transaction.
 */
public final class DynamoDbStreamStore implements StreamStore {
    static final String BY_USER_INDEX = "ByUser";
    static final String BY_USER_KEY = "byUser";
    private final KeyedTable table;

    DynamoDbStreamStore(KeyedTable table) {
        this.table = table;
    }

    public DynamoDbStreamStore(DynamoDbClient dynamo, String table) {
        this(new KeyedTable(dynamo, table));
    }


    static String byUser(String copid, String userxtid) {
        return copid + "#" + userxtid;
    }

    @Override
    public StreamPage page(String copid, Optional<String> userxtid, int page, int perPage) {
        long skip = (long) (page - 1) * perPage;
        List<StreamEvent> events = table.dynamo().queryPaginator(query(copid, userxtid).scanIndexForward(false).build())
                .items().stream()
                .skip(skip)
                .limit(perPage)
                .map(DynamoDbStreamStore::toEvent)
                .toList();
        long total = table.dynamo().queryPaginator(query(copid, userxtid).select(Select.COUNT).build())
                .stream().mapToLong(response -> response.count()).sum();
        return new StreamPage(total, events);
    }

    private QueryRequest.Builder query(String copid, Optional<String> userxtid) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(table.name());
        return userxtid.isPresent()
                ? query.indexName(BY_USER_INDEX).keyConditionExpression(BY_USER_KEY + " = :key")
                        .expressionAttributeValues(Map.of(":key", Attributes.s(byUser(copid, userxtid.get()))))
                : query.keyConditionExpression("pk = :key").consistentRead(true)
                        .expressionAttributeValues(Map.of(":key", Attributes.s(DynamoDbEventLog.partition(copid, true))));
    }

    @Override
    public Set<Long> highFivedBy(String copid, Collection<Long> eventIds, String viewer) {
        List<Map<String, AttributeValue>> keys = eventIds.stream()
                .map(id -> KeyedTable.key(highFivePk(copid, id), viewer)).toList();
        Set<Long> given = new HashSet<>();
        table.getAll(keys).forEach(item -> given.add(Attributes.number(item, "eventId")));
        return given;
    }

    @Override
    public HighFive highFive(String copid, long eventId, String viewer, Instant now) {
        Put mark = Put.builder().tableName(table.name())
                .item(KeyedTable.item(highFivePk(copid, eventId), viewer, Map.of(
                        "eventId", Attributes.n(eventId),
                        "at", Attributes.s(now.toString()))))
                .conditionExpression("attribute_not_exists(pk)")
                .build();
        Update count = Update.builder().tableName(table.name())
                .key(KeyedTable.key(DynamoDbEventLog.partition(copid, true), KeyedTable.padded(eventId)))
                .updateExpression("ADD highFives :one SET updatedAt = :now")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":one", Attributes.n(1), ":now", Attributes.s(now.toString())))
                .build();
        Put gave = Put.builder().tableName(table.name())
                .item(KeyedTable.item(gavePk(copid, viewer), KeyedTable.padded(eventId), Map.of("eventId", Attributes.n(eventId))))
                .build();
        try {
            table.dynamo().transactWriteItems(request -> request.transactItems(TransactWriteItem.builder().put(mark).build(),
                    TransactWriteItem.builder().update(count).build(), TransactWriteItem.builder().put(gave).build()));
            return HighFive.ADDED;
        } catch (TransactionCanceledException cancelled) {
            List<Integer> failed = KeyedTable.failedConditions(cancelled);
            if (failed.contains(1)) {
                return HighFive.NO_SUCH_EVENT;
            }
            if (failed.contains(0)) {
                return HighFive.ALREADY_GIVEN;
            }
            throw cancelled;
        }
    }

    @Override
    public Optional<List<String>> highFivers(String copid, long eventId) {
        if (table.get(DynamoDbEventLog.partition(copid, true), KeyedTable.padded(eventId)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(table.partition(highFivePk(copid, eventId))
                .map(item -> Attributes.requiredString(item, "sk")).toList());
    }

    /**
     * The high-fives the driver gave come off their events' counts; then each event about the driver goes, with the
     * high-fives on it (and their givers' records of them) and its key item; then the driver leaves the winners of the
     * completed campaigns. Each step deletes only what it found, so a second run finds nothing left to do.
     */
    @Override
    public void eraseDriver(String copid, String userxtid) {
        BatchCalls batch = new BatchCalls(table.dynamo(), table.name());
        table.partition(gavePk(copid, userxtid)).forEach(given -> takeBack(copid, Attributes.number(given, "eventId"), userxtid));
        table.dynamo().queryPaginator(query -> query.tableName(table.name()).indexName(DynamoDbEventLog.BY_DRIVER_TIME)
                        .keyConditionExpression("logDriver = :driver")
                        .expressionAttributeValues(Map.of(":driver", Attributes.s(copid + "#" + userxtid))))
                .items().forEach(event -> {
                    long eventId = Attributes.number(event, "id");
                    List<WriteRequest> deletions = new ArrayList<>();
                    table.partition(highFivePk(copid, eventId)).forEach(mark -> {
                        deletions.add(KeyedTable.deletion(mark.get("pk").s(), mark.get("sk").s()));
                        deletions.add(KeyedTable.deletion(gavePk(copid, mark.get("sk").s()), KeyedTable.padded(eventId)));
                    });
                    Attributes.string(event, "key").ifPresent(key -> deletions.add(KeyedTable.deletion(DynamoDbEventLog.keyPk(copid), key)));
                    deletions.add(KeyedTable.deletion(event.get("pk").s(), event.get("sk").s()));
                    batch.write(deletions);
                });
        leaveWinners(copid, userxtid);
    }

    /** One high-five given, taken back: the mark, the giver's record and one off the event's count, together. */
    private void takeBack(String copid, long eventId, String viewer) {
        Delete mark = Delete.builder().tableName(table.name()).key(KeyedTable.key(highFivePk(copid, eventId), viewer))
                .conditionExpression("attribute_exists(pk)").build();
        Update count = Update.builder().tableName(table.name())
                .key(KeyedTable.key(DynamoDbEventLog.partition(copid, true), KeyedTable.padded(eventId)))
                .updateExpression("ADD highFives :minusOne")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":minusOne", Attributes.n(-1)))
                .build();
        Delete record = Delete.builder().tableName(table.name()).key(KeyedTable.key(gavePk(copid, viewer), KeyedTable.padded(eventId)))
                .build();
        if (!table.transact(List.of(TransactWriteItem.builder().delete(mark).build(), TransactWriteItem.builder().update(count).build(),
                TransactWriteItem.builder().delete(record).build()))) {
            // The event is gone (its actor was erased) or the mark is: nothing is left to count.
            new BatchCalls(table.dynamo(), table.name()).write(List.of(
                    KeyedTable.deletion(highFivePk(copid, eventId), viewer), KeyedTable.deletion(gavePk(copid, viewer), KeyedTable.padded(eventId))));
        }
    }

    /** A completed campaign names its winners in its event: the driver's name is taken out of each. */
    private void leaveWinners(String copid, String userxtid) {
        List<Map<String, AttributeValue>> keys = table.partitionFromStart(DynamoDbEventLog.keyPk(copid), "campaign_completed#",
                        Integer.MAX_VALUE)
                .map(key -> KeyedTable.key(DynamoDbEventLog.partition(copid, true), KeyedTable.padded(Attributes.number(key, "eventId"))))
                .toList();
        for (Map<String, AttributeValue> event : table.getAll(keys)) {
            ObjectNode data = (ObjectNode) Json.read(Attributes.requiredString(event, "data"));
            ArrayNode winners = (ArrayNode) data.get("winners");
            ArrayNode kept = winners.arrayNode();
            winners.forEach(winner -> {
                if (!winner.path("id").asText().equals(userxtid)) {
                    kept.add(winner);
                }
            });
            if (kept.size() != winners.size()) {
                data.set("winners", kept);
                table.dynamo().updateItem(update -> update.tableName(table.name())
                        .key(Map.of("pk", event.get("pk"), "sk", event.get("sk")))
                        .updateExpression("SET #data = :data")
                        .expressionAttributeNames(Map.of("#data", "data"))
                        .expressionAttributeValues(Map.of(":data", Attributes.s(Json.write(data)))));
            }
        }
    }

    private static String gavePk(String copid, String viewer) {
        return KeyedTable.pk(copid, "gave#" + viewer);
    }

    private static String highFivePk(String copid, long eventId) {
        return KeyedTable.pk(copid, "highfive#" + KeyedTable.padded(eventId));
    }

    private static StreamEvent toEvent(Map<String, AttributeValue> item) {
        return new StreamEvent(Attributes.number(item, "id"), Attributes.requiredString(item, "type"),
                Json.read(Attributes.requiredString(item, "data")), Attributes.string(item, "userxtid"),
                Attributes.integer(item, "highFives"), Attributes.instant(item, "createdAt"),
                Attributes.instant(item, "updatedAt"));
    }
}
