package io.podium.local.iam;

import io.podium.local.support.LocalJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SqsException;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real SDK clients, which load the interceptor from the classpath as the functions' clients do, aimed at a port where
 * nothing listens: a call the role allows gets as far as the network (and fails there), one it does not is refused first.
 */
class IamEnforcementTest {
    private static final URI NOWHERE = URI.create("http://127.0.0.1:1");
    private static final DynamoDbClient DYNAMO = DynamoDbClient.builder().endpointOverride(NOWHERE).region(Region.US_EAST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create()).httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(c -> c.retryStrategy(s -> s.maxAttempts(1))).build();
    private static final SqsClient SQS = SqsClient.builder().endpointOverride(NOWHERE).region(Region.US_EAST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create()).httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(c -> c.retryStrategy(s -> s.maxAttempts(1))).build();
    private static final String TABLE = "arn:aws:dynamodb:us-east-1:000000000000:table/";
    private static final Map<String, AttributeValue> KEY = Map.of("id", AttributeValue.fromS("1"));

    private static final ExecutionRole ROLE = new ExecutionRole("WriterFunction", "podium-local-WriterFunction",
            "arn:aws:lambda:us-east-1:000000000000:function:podium-local-WriterFunction", policy("""
            {"Statement":[
             {"Effect":"Allow","Action":["dynamodb:GetItem","dynamodb:PutItem","dynamodb:BatchWriteItem","dynamodb:Query"],
              "Resource":["%1$sitems","%1$sitems/index/*"]},
             {"Effect":"Allow","Action":"dynamodb:BatchGetItem","Resource":"%1$sitems"},
             {"Effect":"Allow","Action":"sqs:SendMessage*","Resource":"arn:aws:sqs:us-east-1:000000000000:jobs"}]}"""
            .formatted(TABLE)));

    private static IamPolicy policy(String json) {
        try {
            return IamPolicy.parse(LocalJson.MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void close() {
        DYNAMO.close();
        SQS.close();
    }

    @Test
    void anAllowedCallReachesTheServiceAndAnotherIsRefusedAsDynamoDbRefusesIt() {
        try (ExecutionRole.Session session = ROLE.assume()) {
            assertThrows(SdkClientException.class, () -> DYNAMO.getItem(r -> r.tableName("items").key(KEY)));
            assertThrows(SdkClientException.class, () -> DYNAMO.query(r -> r.tableName("items").indexName("byScore")));
            DynamoDbException refused = assertThrows(DynamoDbException.class,
                    () -> DYNAMO.deleteItem(r -> r.tableName("items").key(KEY)));
            assertEquals(400, refused.statusCode());
            assertEquals("AccessDeniedException", refused.awsErrorDetails().errorCode());
            assertEquals("User: arn:aws:sts::000000000000:assumed-role/WriterFunctionRole/podium-local-WriterFunction"
                    + " is not authorized to perform: dynamodb:DeleteItem on resource: " + TABLE + "items because no"
                    + " identity-based policy allows the dynamodb:DeleteItem action", refused.awsErrorDetails().errorMessage());
        }
    }

    @Test
    void batchesAndTransactionsNeedTheirActionOnEveryTable() {
        try (ExecutionRole.Session session = ROLE.assume()) {
            DynamoDbException batch = assertThrows(DynamoDbException.class, () -> DYNAMO.batchGetItem(r -> r.requestItems(Map.of(
                    "items", KeysAndAttributes.builder().keys(KEY).build(),
                    "audit", KeysAndAttributes.builder().keys(KEY).build()))));
            assertTrue(batch.getMessage().contains("dynamodb:BatchGetItem on resource: " + TABLE + "audit"), batch.getMessage());
            assertThrows(SdkClientException.class, () -> DYNAMO.batchWriteItem(r -> r.requestItems(Map.of("items",
                    List.of(WriteRequest.builder().putRequest(PutRequest.builder().item(KEY).build()).build())))));
            // A put the role allows does not carry the condition check on the same table, which needs its own action.
            DynamoDbException transaction = assertThrows(DynamoDbException.class, () -> DYNAMO.transactWriteItems(r -> r.transactItems(
                    t -> t.put(p -> p.tableName("items").item(KEY)),
                    t -> t.conditionCheck(c -> c.tableName("items").key(KEY).conditionExpression("attribute_exists(id)")))));
            assertTrue(transaction.getMessage().contains("dynamodb:ConditionCheckItem on resource: " + TABLE + "items"),
                    transaction.getMessage());
            DynamoDbException scan = assertThrows(DynamoDbException.class,
                    () -> DYNAMO.scan(r -> r.tableName("items").indexName("byScore")));
            assertTrue(scan.getMessage().contains("dynamodb:Scan on resource: " + TABLE + "items/index/byScore"));
        }
    }

    @Test
    void sqsCallsAreCheckedOnTheQueueTheirUrlNames() {
        try (ExecutionRole.Session session = ROLE.assume()) {
            assertThrows(SdkClientException.class, () -> SQS.sendMessage(r -> r.queueUrl(NOWHERE + "/000000000000/jobs")
                    .messageBody("{}")));
            assertThrows(SdkClientException.class, () -> SQS.sendMessageBatch(r -> r.queueUrl(NOWHERE + "/000000000000/jobs")
                    .entries(e -> e.id("1").messageBody("{}"))));
            SqsException refused = assertThrows(SqsException.class, () -> SQS.sendMessage(
                    r -> r.queueUrl(NOWHERE + "/000000000000/other").messageBody("{}")));
            assertEquals(403, refused.statusCode());
            assertEquals("AccessDenied", refused.awsErrorDetails().errorCode());
            assertTrue(refused.getMessage().contains("sqs:SendMessage on resource: arn:aws:sqs:us-east-1:000000000000:other"));
            assertThrows(SqsException.class, () -> SQS.receiveMessage(r -> r.queueUrl(NOWHERE + "/000000000000/jobs")));
        }
    }

    @Test
    void callsOutsideAnInvocationAreTheRuntimesOwnAndThreadsAnInvocationStartsKeepItsRole() throws Exception {
        assertThrows(SdkClientException.class, () -> DYNAMO.deleteItem(r -> r.tableName("items").key(KEY)));
        try (ExecutionRole.Session session = ROLE.assume()) {
            Throwable[] fromWorker = new Throwable[1];
            Thread worker = new Thread(() -> {
                try {
                    DYNAMO.deleteItem(r -> r.tableName("items").key(KEY));
                } catch (Throwable e) {
                    fromWorker[0] = e;
                }
            });
            worker.start();
            worker.join();
            assertTrue(fromWorker[0] instanceof DynamoDbException, String.valueOf(fromWorker[0]));
        }
        assertThrows(SdkClientException.class, () -> DYNAMO.deleteItem(r -> r.tableName("items").key(KEY)));
    }
}
