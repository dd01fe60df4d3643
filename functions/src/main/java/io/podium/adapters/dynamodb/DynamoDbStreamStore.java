package io.podium.adapters.dynamodb;

import io.podium.json.Json;
import io.podium.stream.HighFive;
import io.podium.stream.StreamEvent;
import io.podium.stream.StreamPage;
import io.podium.stream.StreamStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The social stream, read from the event log in the Events table: events under {@code copid#stream} by padded id, so a descending Query is newest
 * first; a driver's events through the GSI {@code ByUser} ({@code byUser} = {@code copid#userxtid}). A high-five is an
 * item {@code copid#highfive#<event>}, {@code <viewer>}, put together with the event's count in one transaction.
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
        try {
            table.dynamo().transactWriteItems(request -> request.transactItems(
                    TransactWriteItem.builder().put(mark).build(), TransactWriteItem.builder().update(count).build()));
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
