package io.podium.local.iam;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.sqs.model.SqsRequest;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What IAM authorizes for one API call: an action on a resource, for every resource the call touches, as the services
 * document it. DynamoDB's batch calls need their own action on each table; a transaction needs, on each of its tables,
 * the action of the single-item call each part is (TransactWriteItems and TransactGetItems are no IAM actions); a Query or
 * Scan of an index needs the action on the index's ARN. SQS authorizes its batch calls as their single-message actions.
 */
record RequestedAccess(String action, String resource) {

    /** Nothing for the services the local runtime does not check. */
    static List<RequestedAccess> of(String operation, SdkRequest request, ExecutionRole role) {
        if (request instanceof DynamoDbRequest) {
            return dynamoDb(operation, request, role);
        }
        if (request instanceof SqsRequest) {
            return List.of(new RequestedAccess("sqs:" + operation.replaceFirst("Batch$", ""), queueArn(request, role)));
        }
        return List.of();
    }

    private static List<RequestedAccess> dynamoDb(String operation, SdkRequest request, ExecutionRole role) {
        if (request instanceof BatchGetItemRequest batch) {
            return eachTable("dynamodb:BatchGetItem", batch.requestItems(), role);
        }
        if (request instanceof BatchWriteItemRequest batch) {
            return eachTable("dynamodb:BatchWriteItem", batch.requestItems(), role);
        }
        if (request instanceof TransactWriteItemsRequest transaction) {
            return transaction.transactItems().stream().map(item -> transactionPart(item, role)).toList();
        }
        if (request instanceof TransactGetItemsRequest transaction) {
            return transaction.transactItems().stream()
                    .map(item -> new RequestedAccess("dynamodb:GetItem", tableArn(item.get().tableName(), role)))
                    .toList();
        }
        String resource = request.getValueForField("TableName", String.class)
                .map(table -> tableArn(table, role)
                        + request.getValueForField("IndexName", String.class).map(index -> "/index/" + index).orElse(""))
                .orElse("*");
        return List.of(new RequestedAccess("dynamodb:" + operation, resource));
    }

    private static List<RequestedAccess> eachTable(String action, Map<String, ?> byTable, ExecutionRole role) {
        return byTable.keySet().stream().map(table -> new RequestedAccess(action, tableArn(table, role))).toList();
    }

    private static RequestedAccess transactionPart(TransactWriteItem item, ExecutionRole role) {
        if (item.put() != null) {
            return new RequestedAccess("dynamodb:PutItem", tableArn(item.put().tableName(), role));
        }
        if (item.update() != null) {
            return new RequestedAccess("dynamodb:UpdateItem", tableArn(item.update().tableName(), role));
        }
        if (item.delete() != null) {
            return new RequestedAccess("dynamodb:DeleteItem", tableArn(item.delete().tableName(), role));
        }
        return new RequestedAccess("dynamodb:ConditionCheckItem", tableArn(item.conditionCheck().tableName(), role));
    }

    /** DynamoDB takes a table's name or its ARN wherever it takes a table. */
    private static String tableArn(String table, ExecutionRole role) {
        return table.startsWith("arn:") ? table
                : "arn:" + role.partition() + ":dynamodb:" + role.region() + ":" + role.account() + ":table/" + table;
    }

    /** A queue URL ends in the queue's account and name (on AWS as in ElasticMQ); GetQueueUrl names the queue itself. */
    private static String queueArn(SdkRequest request, ExecutionRole role) {
        String prefix = "arn:" + role.partition() + ":sqs:" + role.region() + ":";
        return request.getValueForField("QueueUrl", String.class)
                .map(url -> {
                    String[] path = URI.create(url).getPath().split("/");
                    return prefix + path[path.length - 2] + ":" + path[path.length - 1];
                })
                .or(() -> request.getValueForField("QueueName", String.class).map(name -> prefix + role.account() + ":" + name))
                .orElse("*");
    }
}
