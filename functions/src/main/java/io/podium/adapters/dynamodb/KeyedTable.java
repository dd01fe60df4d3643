package io.podium.adapters.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A table whose items all have a string {@code pk} and {@code sk}, the partition naming the company and the kind of
 * item ({@code copid#badge}, {@code copid#award}, {@code copid#stream}, …; see docs/design.md): the Engagement and the
 * Events tables. Ids are padded to 12 digits so that sort order is numeric order.
 */
final class KeyedTable {

    private final DynamoDbClient dynamo;
    private final String name;

    KeyedTable(DynamoDbClient dynamo, String name) {
        this.dynamo = dynamo;
        this.name = name;
    }


    DynamoDbClient dynamo() {
        return dynamo;
    }

    String name() {
        return name;
    }

    static String pk(String copid, String kind) {
        return copid + "#" + kind;
    }

    static String padded(long id) {
        return String.format("%012d", id);
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", Attributes.s(pk), "sk", Attributes.s(sk));
    }

    /** A new item: its key plus {@code attributes}. */
    static Map<String, AttributeValue> item(String pk, String sk, Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.putAll(key(pk, sk));
        return item;
    }

    /** A BatchWriteItem request that deletes the item of this key. */
    static WriteRequest deletion(String pk, String sk) {
        return WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key(pk, sk)).build()).build();
    }

    Optional<Map<String, AttributeValue>> get(String pk, String sk) {
        return Items.get(dynamo, name, key(pk, sk));
    }

    /** The items of these keys that exist, strongly consistent, in any order. */
    List<Map<String, AttributeValue>> getAll(List<Map<String, AttributeValue>> keys) {
        return BatchCalls.getAll(dynamo, name, keys, true);
    }

    /** Every item of a partition, in sort key order, strongly consistent. */
    Stream<Map<String, AttributeValue>> partition(String pk) {
        return query(QueryRequest.builder().keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", Attributes.s(pk))));
    }

    /** The items of a partition whose sort key starts with {@code prefix} (not empty: DynamoDB refuses that). */
    Stream<Map<String, AttributeValue>> partition(String pk, String prefix) {
        return query(QueryRequest.builder().keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", Attributes.s(pk), ":prefix", Attributes.s(prefix))));
    }

    /**
     * The first {@code count} items of a partition, in sort key order, strongly consistent: one Query while they fit
     * in DynamoDB's 1 MB page, more after that.
     */
    Stream<Map<String, AttributeValue>> partitionFromStart(String pk, int count) {
        return query(QueryRequest.builder().keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", Attributes.s(pk))).limit(count)).limit(count);
    }

    /** As {@link #partitionFromStart(String, int)}, of the items whose sort key starts with {@code prefix}. */
    Stream<Map<String, AttributeValue>> partitionFromStart(String pk, String prefix, int count) {
        return query(QueryRequest.builder().keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", Attributes.s(pk), ":prefix", Attributes.s(prefix)))
                .limit(count)).limit(count);
    }

    /** A partition's head (its first item, when its sort key is {@code headSk}) and a page of the items after it. */
    /** The head items (a count, in shards or not; a team) and a page of the items after them. */
    record HeadAndPage(List<Map<String, AttributeValue>> heads, List<Map<String, AttributeValue>> page) {
        Optional<Map<String, AttributeValue>> head() {
            return heads.stream().findFirst();
        }
    }

    /**
     * One Query from the partition's start, of {@code 1 + skip + limit} items: the head, whose sort key sorts before
     * every other item's (a count, a team), then the items, {@code skip} of them left out.
     */
    HeadAndPage headAndPage(String pk, String headSk, int skip, int limit) {
        return headsAndPage(pk, headSk, 1, skip, limit);
    }

    /**
     * As {@link #headAndPage}, with up to {@code heads} head items, those first whose sort key starts with
     * {@code headPrefix} (a count kept in shards).
     */
    HeadAndPage headsAndPage(String pk, String headPrefix, int heads, int skip, int limit) {
        List<Map<String, AttributeValue>> items = partitionFromStart(pk, heads + skip + limit).toList();
        int found = 0;
        while (found < Math.min(heads, items.size()) && items.get(found).get("sk").s().startsWith(headPrefix)) {
            found++;
        }
        List<Map<String, AttributeValue>> rest = items.subList(found, items.size());
        return new HeadAndPage(List.copyOf(items.subList(0, found)),
                rest.subList(Math.min(skip, rest.size()), Math.min(skip + limit, rest.size())));
    }

    private Stream<Map<String, AttributeValue>> query(QueryRequest.Builder query) {
        return dynamo.queryPaginator(query.tableName(name).consistentRead(true).build()).items().stream();
    }

    /** The next number of a company's counter (badge ids, stream event ids): 1, 2, 3, … never reused. */
    long next(String copid, String counter) {
        return new Counters(this).next(copid, counter);
    }

    /** Takes {@code count} numbers of a company's counter in one write; returns the last (the others precede it). */
    long next(String copid, String counter, int count) {
        return new Counters(this).reserve(copid, counter, count);
    }

    /**
     * Writes all or nothing; false when a condition failed (the transaction was cancelled and nothing written).
     * Other cancellations (a conflicting transaction) are thrown, so that the caller's retry runs it again.
     */
    boolean transact(List<TransactWriteItem> items) {
        return failedConditions(items).isEmpty();
    }

    /**
     * Writes all or nothing, and answers the indexes of the items whose condition failed: empty when written.
     * Other cancellations (a conflicting transaction) are thrown, so that the caller's retry runs it again.
     */
    List<Integer> failedConditions(List<TransactWriteItem> items) {
        try {
            dynamo.transactWriteItems(request -> request.transactItems(items));
            return List.of();
        } catch (TransactionCanceledException cancelled) {
            List<Integer> failed = failedConditions(cancelled);
            if (failed.isEmpty()) {
                throw cancelled;
            }
            return failed;
        }
    }

    /** The indexes of the items whose condition failed. */
    static List<Integer> failedConditions(TransactionCanceledException cancelled) {
        List<CancellationReason> reasons = cancelled.cancellationReasons();
        return IntStream.range(0, reasons.size())
                .filter(i -> "ConditionalCheckFailed".equals(reasons.get(i).code()))
                .boxed().toList();
    }
}
