package io.podium.adapters.dynamodb;

import io.podium.activity.ActivityEvent;
import io.podium.activity.ActivityLog;
import io.podium.json.Json;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.Map;

/**
 * Activity table: partition key {@code copid}, sort key {@code key} = {@code type#key}, so that recording an
 * event is a conditional put that succeeds once. Details are kept as a JSON string.
 */
public final class DynamoDbActivityLog implements ActivityLog {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbActivityLog(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean record(ActivityEvent event) {
        try {
            dynamo.putItem(b -> b.tableName(table)
                    .item(Map.of(
                            "copid", Attributes.s(event.copid()),
                            "key", Attributes.s(event.type() + "#" + event.key()),
                            "type", Attributes.s(event.type()),
                            "at", Attributes.s(event.at().toString()),
                            "details", Attributes.s(Json.write(Json.mapper().valueToTree(event.details())))))
                    .conditionExpression("attribute_not_exists(#key)")
                    .expressionAttributeNames(Map.of("#key", "key")));
            return true;
        } catch (ConditionalCheckFailedException alreadyRecorded) {
            return false;
        }
    }
}
