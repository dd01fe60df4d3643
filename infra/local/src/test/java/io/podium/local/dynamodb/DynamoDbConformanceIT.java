package io.podium.local.dynamodb;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DynamoDB semantics Podium relies on, with the answers AWS documents, against the configured engine: Podium's
 * moto launcher by default, or any DynamoDB-compatible endpoint given as {@code -Dpodium.dynamodb.endpoint=URL}
 * (another emulator, or real DynamoDB in a test account, with the default credentials, in AWS_REGION or us-east-1). It creates its own tables,
 * named for this run, and deletes them. It is the proof that a change of engine keeps Podium's semantics.
 */
class DynamoDbConformanceIT {
    private static final String RUN = "conformance-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String MAIN = RUN + "-main";
    private static final String OTHER = RUN + "-other";

    private static MotoDynamoDb embedded;
    private static DynamoDbClient dynamo;

    @BeforeAll
    static void start() throws Exception {
        Optional<String> configured = Optional.ofNullable(System.getProperty("podium.dynamodb.endpoint")).filter(url -> !url.isBlank());
        var builder = DynamoDbClient.builder().region(Region.of(System.getenv().getOrDefault("AWS_REGION", "us-east-1")));
        if (configured.isPresent()) {
            builder.endpointOverride(URI.create(configured.get())).credentialsProvider(DefaultCredentialsProvider.builder().build());
        } else {
            embedded = MotoDynamoDb.start(null);
            builder.endpointOverride(embedded.endpoint())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        }
        dynamo = builder.build();
        dynamo.createTable(table -> table.tableName(MAIN).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string("pk"), string("sk"), string("holder"), string("at"))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .globalSecondaryIndexes(
                        GlobalSecondaryIndex.builder().indexName("ByHolder").keySchema(key("holder", KeyType.HASH), key("at", KeyType.RANGE))
                                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build(),
                        GlobalSecondaryIndex.builder().indexName("ByHolderSmall").keySchema(key("holder", KeyType.HASH))
                                .projection(Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes("n").build())
                                .build()));
        dynamo.createTable(table -> table.tableName(OTHER).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string("pk")).keySchema(key("pk", KeyType.HASH)));
        dynamo.waiter().waitUntilTableExists(request -> request.tableName(MAIN));
        dynamo.waiter().waitUntilTableExists(request -> request.tableName(OTHER));
    }

    @AfterAll
    static void stop() throws Exception {
        for (String table : List.of(MAIN, OTHER)) {
            dynamo.deleteTable(request -> request.tableName(table));
        }
        dynamo.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static Map<String, AttributeValue> itemKey(String pk, String sk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk));
    }

    private static Map<String, AttributeValue> item(String pk, String sk, Map<String, AttributeValue> more) {
        Map<String, AttributeValue> item = new HashMap<>(more);
        item.putAll(itemKey(pk, sk));
        return item;
    }

    private static TransactWriteItem putIfAbsent(String pk, String sk) {
        return TransactWriteItem.builder().put(put -> put.tableName(MAIN).item(itemKey(pk, sk))
                .conditionExpression("attribute_not_exists(pk)")).build();
    }

    private static Optional<Map<String, AttributeValue>> get(String pk, String sk) {
        var response = dynamo.getItem(request -> request.tableName(MAIN).key(itemKey(pk, sk)).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    @Test
    void aTransactionOf51ActionsIsAllOrNothingAndItsReasonsAreByPosition() {
        String pk = RUN + "#tx";
        dynamo.transactWriteItems(request -> request.transactItems(
                IntStream.range(0, 51).mapToObj(i -> putIfAbsent(pk, "a" + i)).toList()));
        assertEquals(51, dynamo.query(query -> query.tableName(MAIN).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk))).select(Select.COUNT)).count());

        List<TransactWriteItem> second = new ArrayList<>();
        IntStream.range(0, 50).forEach(i -> second.add(TransactWriteItem.builder().update(update -> update.tableName(MAIN)
                .key(itemKey(pk, "b" + i)).updateExpression("SET n = :one")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))).build()));
        second.add(37, putIfAbsent(pk, "a5"));
        TransactionCanceledException cancelled = assertThrows(TransactionCanceledException.class,
                () -> dynamo.transactWriteItems(request -> request.transactItems(second)));
        List<CancellationReason> reasons = cancelled.cancellationReasons();
        assertEquals(51, reasons.size());
        for (int i = 0; i < reasons.size(); i++) {
            assertEquals(i == 37 ? "ConditionalCheckFailed" : "None", reasons.get(i).code(), "reason " + i);
        }
        assertEquals(Optional.empty(), get(pk, "b0"), "nothing of a cancelled transaction is written");
    }

    @Test
    void conditionsOnPresenceAndOnAMissingAttribute() {
        String pk = RUN + "#cond";
        dynamo.putItem(put -> put.tableName(MAIN).item(itemKey(pk, "x")).conditionExpression("attribute_not_exists(pk)"));
        assertThrows(ConditionalCheckFailedException.class, () -> dynamo.putItem(put -> put.tableName(MAIN)
                .item(itemKey(pk, "x")).conditionExpression("attribute_not_exists(pk)")));
        assertThrows(ConditionalCheckFailedException.class, () -> dynamo.updateItem(update -> update.tableName(MAIN)
                .key(itemKey(pk, "absent")).updateExpression("SET n = :v").conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromN("1")))));
        assertEquals(Optional.empty(), get(pk, "absent"), "a failed condition creates nothing");
        // A missing attribute differs from any value: <> holds (Podium's campaign status transition relies on it).
        dynamo.updateItem(update -> update.tableName(MAIN).key(itemKey(pk, "x"))
                .updateExpression("SET phase = :new").conditionExpression("attribute_exists(pk) AND recorded <> :new")
                .expressionAttributeValues(Map.of(":new", AttributeValue.fromS("running"))));
        assertEquals("running", get(pk, "x").orElseThrow().get("phase").s());
    }

    @Test
    void updateExpressionsSetIfNotExistsAddAndRemove() {
        String pk = RUN + "#update";
        Map<String, AttributeValue> values = Map.of(":first", AttributeValue.fromS("2026-01-01"),
                ":two", AttributeValue.fromN("2"), ":months", AttributeValue.fromSs(List.of("2026-01", "2026-02")));
        for (int i = 0; i < 2; i++) {
            dynamo.updateItem(update -> update.tableName(MAIN).key(itemKey(pk, "u"))
                    .updateExpression("SET createdAt = if_not_exists(createdAt, :first) ADD n :two, months :months")
                    .expressionAttributeValues(values));
        }
        dynamo.updateItem(update -> update.tableName(MAIN).key(itemKey(pk, "u"))
                .updateExpression("SET createdAt = if_not_exists(createdAt, :later) ADD months :march REMOVE gone")
                .expressionAttributeValues(Map.of(":later", AttributeValue.fromS("2027-01-01"),
                        ":march", AttributeValue.fromSs(List.of("2026-03")))));
        Map<String, AttributeValue> item = get(pk, "u").orElseThrow();
        assertEquals("2026-01-01", item.get("createdAt").s());
        assertEquals("4", item.get("n").n());
        assertEquals(Set.of("2026-01", "2026-02", "2026-03"), Set.copyOf(item.get("months").ss()));
        dynamo.updateItem(update -> update.tableName(MAIN).key(itemKey(pk, "u")).updateExpression("REMOVE n"));
        assertFalse(get(pk, "u").orElseThrow().containsKey("n"));
    }

    /** The plain SET the engine may apply without moto's expression machinery: the same answers as DynamoDB's. */
    @Test
    void plainSetsCreateChangeRefuseAndAnswerLikeAnyUpdate() {
        String pk = RUN + "#set";
        Map<String, AttributeValue> values = Map.of(":level", AttributeValue.fromN("4"), ":now", AttributeValue.fromS("t1"));
        Map<String, AttributeValue> created = dynamo.updateItem(update -> update.tableName(MAIN).key(itemKey(pk, "s"))
                .updateExpression("SET #level = :level, updatedAt = :now")
                .conditionExpression("attribute_not_exists(#level) OR #level < :level")
                .expressionAttributeNames(Map.of("#level", "level")).expressionAttributeValues(values)
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        assertEquals(item(pk, "s", Map.of("level", AttributeValue.fromN("4"), "updatedAt", AttributeValue.fromS("t1"))), created);
        assertThrows(ConditionalCheckFailedException.class, () -> dynamo.updateItem(update -> update.tableName(MAIN)
                .key(itemKey(pk, "s")).updateExpression("SET #level = :level, updatedAt = :now")
                .conditionExpression("attribute_not_exists(#level) OR #level < :level")
                .expressionAttributeNames(Map.of("#level", "level"))
                .expressionAttributeValues(Map.of(":level", AttributeValue.fromN("4"), ":now", AttributeValue.fromS("t2")))));
        assertEquals("t1", get(pk, "s").orElseThrow().get("updatedAt").s(), "a refused update changes nothing");
        // A reserved word needs a placeholder; an unused value and an item over 400 KB are refused.
        assertValidation(() -> dynamo.updateItem(update -> update.tableName(MAIN).key(itemKey(pk, "s"))
                .updateExpression("SET level = :level").expressionAttributeValues(Map.of(":level", AttributeValue.fromN("5")))));
        assertValidation(() -> dynamo.updateItem(update -> update.tableName(MAIN).key(itemKey(pk, "s"))
                .updateExpression("SET a = :a").expressionAttributeValues(Map.of(":a", AttributeValue.fromS("x"),
                        ":unused", AttributeValue.fromS("y")))));
        assertValidation(() -> dynamo.updateItem(update -> update.tableName(MAIN).key(itemKey(pk, "s"))
                .updateExpression("SET big = :big").expressionAttributeValues(Map.of(":big",
                        AttributeValue.fromS("x".repeat(410 * 1024))))));
        assertEquals(Set.of("pk", "sk", "level", "updatedAt"), get(pk, "s").orElseThrow().keySet());
    }

    @Test
    void aFailedConditionCanReturnTheItemAsItWas() {
        String pk = RUN + "#old";
        dynamo.putItem(put -> put.tableName(MAIN).item(item(pk, "o", Map.of("n", AttributeValue.fromN("7")))));
        ConditionalCheckFailedException failed = assertThrows(ConditionalCheckFailedException.class,
                () -> dynamo.updateItem(update -> update.tableName(MAIN).key(itemKey(pk, "o")).updateExpression("SET n = :v")
                        .conditionExpression("n < :v").expressionAttributeValues(Map.of(":v", AttributeValue.fromN("5")))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertEquals("7", failed.item().get("n").n());
    }

    @Test
    void queriesByPrefixRangeNewestFirstPagedAndCounted() {
        String pk = RUN + "#query";
        List<WriteRequest> puts = IntStream.range(0, 25).mapToObj(i -> WriteRequest.builder().putRequest(PutRequest.builder()
                .item(item(pk, String.format("%s#%03d", i % 2 == 0 ? "even" : "odd", i), Map.of())).build()).build()).toList();
        dynamo.batchWriteItem(request -> request.requestItems(Map.of(MAIN, puts)));

        Map<String, AttributeValue> prefix = Map.of(":pk", AttributeValue.fromS(pk), ":p", AttributeValue.fromS("even#"));
        assertEquals(13, dynamo.query(query -> query.tableName(MAIN).keyConditionExpression("pk = :pk AND begins_with(sk, :p)")
                .expressionAttributeValues(prefix)).count());
        assertEquals(List.of("odd#003", "odd#005", "odd#007"), dynamo.query(query -> query.tableName(MAIN)
                        .keyConditionExpression("pk = :pk AND sk BETWEEN :a AND :b")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk), ":a", AttributeValue.fromS("odd#002"),
                                ":b", AttributeValue.fromS("odd#007"))))
                .items().stream().map(item -> item.get("sk").s()).toList());
        assertEquals("odd#023", dynamo.query(query -> query.tableName(MAIN).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk))).scanIndexForward(false).limit(1))
                .items().get(0).get("sk").s());

        List<String> paged = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> after = start;
            QueryResponse page = dynamo.query(query -> query.tableName(MAIN).keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk))).limit(10).exclusiveStartKey(after));
            page.items().forEach(item -> paged.add(item.get("sk").s()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        assertEquals(25, paged.size());
        assertEquals(paged.stream().sorted().toList(), paged, "pages come in sort key order");
        assertEquals(25, dynamo.query(query -> query.tableName(MAIN).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk))).select(Select.COUNT)).count());
    }

    @Test
    void indexesProjectAllOrIncludedAttributesAndOneCanBeAdded() throws Exception {
        String owner = RUN + "#owner";
        for (int i = 0; i < 3; i++) {
            int n = i;
            dynamo.putItem(put -> put.tableName(MAIN).item(item(RUN + "#gsi", "g" + n, Map.of("holder", AttributeValue.fromS(owner),
                    "at", AttributeValue.fromS("2026-01-0" + (n + 1)), "n", AttributeValue.fromN(Integer.toString(n)),
                    "note", AttributeValue.fromS("kept in ALL only")))));
        }
        Map<String, AttributeValue> byOwner = Map.of(":o", AttributeValue.fromS(owner));
        List<Map<String, AttributeValue>> all = eventually(() -> dynamo.query(query -> query.tableName(MAIN).indexName("ByHolder")
                .keyConditionExpression("holder = :o").expressionAttributeValues(byOwner).scanIndexForward(false)).items(), 3);
        assertEquals("2026-01-03", all.get(0).get("at").s());
        assertTrue(all.get(0).containsKey("note"));
        List<Map<String, AttributeValue>> small = eventually(() -> dynamo.query(query -> query.tableName(MAIN)
                .indexName("ByHolderSmall").keyConditionExpression("holder = :o").expressionAttributeValues(byOwner)).items(), 3);
        assertTrue(small.stream().allMatch(item -> item.containsKey("n") && !item.containsKey("note")),
                "INCLUDE projects the keys and the named attributes only");

        dynamo.updateTable(update -> update.tableName(OTHER).attributeDefinitions(string("pk"), string("team"))
                .globalSecondaryIndexUpdates(change -> change.create(create -> create.indexName("ByTeam")
                        .keySchema(key("team", KeyType.HASH)).projection(projection -> projection.projectionType(ProjectionType.ALL)))));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (dynamo.describeTable(request -> request.tableName(OTHER)).table().globalSecondaryIndexes().stream()
                .anyMatch(index -> index.indexStatus() != IndexStatus.ACTIVE)) {
            assertTrue(Instant.now().isBefore(deadline), "the new index became active");
            Thread.sleep(200);
        }
        dynamo.putItem(put -> put.tableName(OTHER).item(Map.of("pk", AttributeValue.fromS(RUN + "#t"),
                "team", AttributeValue.fromS(RUN + "-red"))));
        assertEquals(1, eventually(() -> dynamo.query(query -> query.tableName(OTHER).indexName("ByTeam")
                .keyConditionExpression("team = :t").expressionAttributeValues(Map.of(":t", AttributeValue.fromS(RUN + "-red"))))
                .items(), 1).size());
    }

    @Test
    void batchesAcrossTablesAndBinaryAttributes() {
        byte[] payload = new byte[3000];
        new java.util.Random(7).nextBytes(payload);
        List<WriteRequest> puts = IntStream.range(0, 25).mapToObj(i -> WriteRequest.builder().putRequest(PutRequest.builder()
                .item(item(RUN + "#batch", "b" + i, Map.of("payload", AttributeValue.fromB(SdkBytes.fromByteArray(payload)))))
                .build()).build()).toList();
        var written = dynamo.batchWriteItem(request -> request.requestItems(Map.of(MAIN, puts)));
        assertTrue(!written.hasUnprocessedItems() || written.unprocessedItems().isEmpty());
        dynamo.putItem(put -> put.tableName(OTHER).item(Map.of("pk", AttributeValue.fromS(RUN + "#other"))));

        var found = dynamo.batchGetItem(request -> request.requestItems(Map.of(
                MAIN, KeysAndAttributes.builder().keys(itemKey(RUN + "#batch", "b3"), itemKey(RUN + "#batch", "b24"))
                        .consistentRead(true).build(),
                OTHER, KeysAndAttributes.builder().keys(Map.of("pk", AttributeValue.fromS(RUN + "#other"))).build())));
        assertEquals(2, found.responses().get(MAIN).size());
        assertEquals(1, found.responses().get(OTHER).size());
        assertArrayEquals(payload, found.responses().get(MAIN).get(0).get("payload").b().asByteArray());
    }

    @Test
    void requestsOverAwsLimitsAreRefused() {
        List<WriteRequest> twentySix = IntStream.range(0, 26).mapToObj(i -> WriteRequest.builder().putRequest(PutRequest.builder()
                .item(itemKey(RUN + "#limits", "w" + i)).build()).build()).toList();
        assertValidation(() -> dynamo.batchWriteItem(request -> request.requestItems(Map.of(MAIN, twentySix))));
        List<Map<String, AttributeValue>> keys = IntStream.range(0, 101).mapToObj(i -> itemKey(RUN + "#limits", "k" + i)).toList();
        assertValidation(() -> dynamo.batchGetItem(request -> request.requestItems(Map.of(MAIN,
                KeysAndAttributes.builder().keys(keys).build()))));
        assertValidation(() -> dynamo.transactWriteItems(request -> request.transactItems(
                IntStream.range(0, 101).mapToObj(i -> putIfAbsent(RUN + "#limits", "t" + i)).toList())));
        String large = "x".repeat(401 * 1024);
        assertValidation(() -> dynamo.putItem(put -> put.tableName(MAIN).item(item(RUN + "#limits", "large",
                Map.of("text", AttributeValue.fromS(large))))));
        assertEquals(Optional.empty(), get(RUN + "#limits", "w0"), "a refused batch writes nothing");
    }

    @Test
    void aRepeatedTransactionWithTheSameTokenIsAppliedOnce() {
        String token = UUID.randomUUID().toString();
        List<TransactWriteItem> add = List.of(TransactWriteItem.builder().update(update -> update.tableName(MAIN)
                .key(itemKey(RUN + "#token", "counter")).updateExpression("ADD n :one")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))).build());
        dynamo.transactWriteItems(request -> request.transactItems(add).clientRequestToken(token));
        dynamo.transactWriteItems(request -> request.transactItems(add).clientRequestToken(token));
        assertEquals("1", get(RUN + "#token", "counter").orElseThrow().get("n").n());
    }

    private static void assertValidation(Runnable call) {
        DynamoDbException refused = assertThrows(DynamoDbException.class, call::run);
        assertEquals("ValidationException", refused.awsErrorDetails().errorCode(), refused.getMessage());
    }

    /** A GSI is eventually consistent on AWS: read it until it holds {@code expected} items (or give up after 10 s). */
    private static List<Map<String, AttributeValue>> eventually(java.util.function.Supplier<List<Map<String, AttributeValue>>> read,
                                                               int expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        List<Map<String, AttributeValue>> items = read.get();
        while (items.size() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            items = read.get();
        }
        assertEquals(expected, items.size(), items.toString());
        return items;
    }
}
