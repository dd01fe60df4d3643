package io.podium.adapters.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The reads and conditional writes the tables keyed by company (and by token id) share. */
final class Items {
    private Items() {
    }

    /** One item, strongly consistent; empty if there is none. */
    static Optional<Map<String, AttributeValue>> get(DynamoDbClient dynamo, String table, Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder()
                .tableName(table).key(key).consistentRead(true).build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** Every item of a company partition, in sort key order, strongly consistent, all pages. */
    static Stream<Map<String, AttributeValue>> ofCompany(DynamoDbClient dynamo, String table, String copid) {
        return dynamo.queryPaginator(QueryRequest.builder()
                        .tableName(table)
                        .keyConditionExpression("copid = :copid")
                        .expressionAttributeValues(Map.of(":copid", Attributes.s(copid)))
                        .consistentRead(true)
                        .build())
                .items().stream();
    }

    /** Runs a conditional write; false if its condition failed, so nothing was written. */
    static boolean conditionally(Runnable write) {
        try {
            write.run();
            return true;
        } catch (ConditionalCheckFailedException conditionFailed) {
            return false;
        }
    }
}
