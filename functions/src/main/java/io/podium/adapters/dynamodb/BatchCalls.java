package io.podium.adapters.dynamodb;

import io.podium.adapters.StoreBusyException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BatchGetItem and BatchWriteItem on one board partition, in the sizes DynamoDB allows, retrying what it
 * leaves unprocessed (it does so under throttling) with backoff until it is done.
 */
final class BatchCalls {
    private static final int MAX_GET = 100;
    private static final int MAX_WRITE = 25;
    private static final ContentionBackoff BACKOFF = new ContentionBackoff(8, Duration.ofMillis(25),
            Duration.ofMillis(1000));

    private final DynamoDbClient dynamo;
    private final String table;

    BatchCalls(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** The items of {@code board} with the given parts, by part; absent parts are left out. */
    Map<String, Map<String, AttributeValue>> get(String board, List<String> parts, boolean consistent) {
        Map<String, Map<String, AttributeValue>> found = new HashMap<>();
        for (int start = 0; start < parts.size(); start += MAX_GET) {
            List<Map<String, AttributeValue>> keys = parts.subList(start, Math.min(parts.size(), start + MAX_GET))
                    .stream().map(part -> Map.of("board", Attributes.s(board), "part", Attributes.s(part))).toList();
            getAll(dynamo, Map.of(table, KeysAndAttributes.builder().keys(keys).consistentRead(consistent).build()))
                    .getOrDefault(table, List.of()).forEach(item -> found.put(item.get("part").s(), item));
        }
        return found;
    }

    /** The items of these keys of {@code table} that exist, 100 keys a call, in any order. */
    static List<Map<String, AttributeValue>> getAll(DynamoDbClient dynamo, String table,
                                                     List<Map<String, AttributeValue>> keys, boolean consistent) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        for (int start = 0; start < keys.size(); start += MAX_GET) {
            List<Map<String, AttributeValue>> chunk = keys.subList(start, Math.min(keys.size(), start + MAX_GET));
            found.addAll(getAll(dynamo, Map.of(table, KeysAndAttributes.builder().keys(chunk).consistentRead(consistent)
                    .build())).getOrDefault(table, List.of()));
        }
        return found;
    }

    /** One BatchGetItem request of at most 100 keys, possibly across tables: the items found, by table. */
    static Map<String, List<Map<String, AttributeValue>>> getAll(DynamoDbClient dynamo, Map<String, KeysAndAttributes> keys) {
        Map<String, List<Map<String, AttributeValue>>> found = new HashMap<>();
        Map<String, KeysAndAttributes> request = keys;
        for (int attempt = 1; !request.isEmpty(); attempt++) {
            if (attempt > 1) {
                pause(attempt);
            }
            Map<String, KeysAndAttributes> call = request;
            BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(call));
            response.responses().forEach((table, items) -> found.computeIfAbsent(table, t -> new ArrayList<>()).addAll(items));
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        return found;
    }

    void write(List<WriteRequest> writes) {
        for (int start = 0; start < writes.size(); start += MAX_WRITE) {
            Map<String, List<WriteRequest>> request =
                    Map.of(table, new ArrayList<>(writes.subList(start, Math.min(writes.size(), start + MAX_WRITE))));
            for (int attempt = 1; !request.isEmpty(); attempt++) {
                if (attempt > 1) {
                    pause(attempt);
                }
                Map<String, List<WriteRequest>> call = request;
                BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(call));
                request = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            }
        }
    }

    private static void pause(int attempt) {
        if (attempt > BACKOFF.maxAttempts()) {
            throw new StoreBusyException("DynamoDB left a batch unprocessed " + BACKOFF.maxAttempts() + " times", null);
        }
        BACKOFF.pauseBefore(attempt);
    }
}
