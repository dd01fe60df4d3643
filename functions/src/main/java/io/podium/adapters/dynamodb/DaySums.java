package io.podium.adapters.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each entity's sum of a number over partitions of one per day (a board over a date window): one Query of each
 * partition, strongly consistent, {@value #PARALLEL} at a time, reading only the entity and the number.
 */
final class DaySums {
    /** Days read at once. */
    private static final int PARALLEL = 8;

    private DaySums() {
    }

    /**
     * @param partitions the days' partition keys ({@code pk})
     * @param entity     the attribute that names the entity (the sort key)
     * @param number     the attribute summed; an item without it counts for nothing
     */
    static Map<String, Long> of(DynamoDbClient dynamo, String table, List<String> partitions, String entity,
                                String number) {
        Map<String, Long> sums = new HashMap<>();
        Parallel.each(partitions, PARALLEL, pk -> dynamo.queryPaginator(QueryRequest.builder().tableName(table)
                        .keyConditionExpression("pk = :pk").consistentRead(true)
                        .projectionExpression("#entity, #number")
                        .expressionAttributeNames(Map.of("#entity", entity, "#number", number))
                        .expressionAttributeValues(Map.of(":pk", Attributes.s(pk))).build())
                .items().stream().filter(item -> item.containsKey(number)).toList())
                .forEach(item -> sums.merge(Attributes.requiredString(item, entity), Attributes.number(item, number),
                        Long::sum));
        return sums;
    }
}
