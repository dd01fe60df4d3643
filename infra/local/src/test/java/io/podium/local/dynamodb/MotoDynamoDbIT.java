package io.podium.local.dynamodb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What Podium's launcher adds to moto, over real HTTP: no acknowledged write is lost to concurrency or to a kill,
 * tokens, capacity by AWS's rules, compaction, a torn log line, and the moto version it insists on. The DynamoDB
 * semantics themselves are DynamoDbConformanceIT's.
 */
class MotoDynamoDbIT {
    private static final String TABLE = "engine";

    @Test
    void sixteenWritersWithCancelledTransactionsLoseNothing() throws Exception {
        try (MotoDynamoDb engine = MotoDynamoDb.start(null); DynamoDbClient dynamo = client(engine)) {
            createTable(dynamo);
            put(dynamo, "shared", "blocker");
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger increments = new AtomicInteger();
            AtomicInteger cancelled = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(16);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 16; w++) {
                String writer = "w" + w;
                done.add(writers.submit(() -> {
                    for (int n = 0; n < 25; n++) {
                        int i = n;
                        put(dynamo, writer, "put" + i);
                        acknowledged.add(writer + "/put" + i);
                        // A transaction that writes one new item of this writer, then fails on the shared blocker:
                        // moto alone restored whole tables here, taking other writers' acknowledged puts with it.
                        TransactionCanceledException refused = assertThrows(TransactionCanceledException.class,
                                () -> dynamo.transactWriteItems(tx -> tx.transactItems(
                                        putItem(writer, "cancelled" + i, null),
                                        putItem("shared", "blocker", "attribute_not_exists(pk)"))));
                        assertEquals("ConditionalCheckFailed", refused.cancellationReasons().get(1).code());
                        cancelled.incrementAndGet();
                        dynamo.transactWriteItems(tx -> tx.transactItems(TransactWriteItem.builder().update(u -> u
                                .tableName(TABLE).key(key("shared", "counter")).updateExpression("ADD n :one")
                                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))).build(),
                                putItem(writer, "committed" + i, null)));
                        increments.incrementAndGet();
                        acknowledged.add(writer + "/committed" + i);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(5, TimeUnit.MINUTES);
            }
            writers.shutdown();
            assertEquals(16 * 25, cancelled.get());
            for (String written : acknowledged) {
                String[] parts = written.split("/");
                assertTrue(dynamo.getItem(get -> get.tableName(TABLE).key(key(parts[0], parts[1]))).hasItem(),
                        "acknowledged and lost: " + written);
            }
            assertEquals(String.valueOf(increments.get()), dynamo.getItem(get -> get.tableName(TABLE)
                    .key(key("shared", "counter"))).item().get("n").n());
            for (int w = 0; w < 16; w++) {
                String writer = "w" + w;
                assertEquals(50, dynamo.query(q -> q.tableName(TABLE).keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(writer)))).count(),
                        "only the puts and the committed transactions of " + writer + " are there");
            }
        }
    }

    @Test
    void aKilledEngineKeepsEveryAcknowledgedWriteAndACleanStopCompacts(@TempDir Path data) throws Exception {
        try (MotoDynamoDb engine = MotoDynamoDb.start(data); DynamoDbClient dynamo = client(engine)) {
            createTable(dynamo);
            IntStream.range(0, 200).forEach(i -> put(dynamo, "p", "k" + i));
            dynamo.deleteItem(delete -> delete.tableName(TABLE).key(key("p", "k7")));
            // Moto keeps a binary value set by an update as bytes, not as the base64 text it came in.
            dynamo.updateItem(update -> update.tableName(TABLE).key(key("p", "k8")).updateExpression("SET b = :b")
                    .expressionAttributeValues(Map.of(":b", AttributeValue.fromB(SdkBytes.fromUtf8String("binary")))));
            killEngines();
        }
        try (MotoDynamoDb engine = MotoDynamoDb.start(data); DynamoDbClient dynamo = client(engine)) {
            assertEquals(199, count(dynamo, "p"), "every acknowledged write, and the delete, survive a SIGKILL");
            assertEquals("binary", dynamo.getItem(get -> get.tableName(TABLE).key(key("p", "k8"))).item().get("b").b()
                    .asUtf8String());
            put(dynamo, "p", "after-restart");
        }
        assertEquals(0, Files.size(data.resolve("log.jsonl")), "a clean stop compacts the log into the snapshot");
        try (MotoDynamoDb engine = MotoDynamoDb.start(data); DynamoDbClient dynamo = client(engine)) {
            assertEquals(200, count(dynamo, "p"));
        }
    }

    @Test
    void aTornLastLineIsIgnoredAndTheLogGoesOn(@TempDir Path data) throws Exception {
        try (MotoDynamoDb engine = MotoDynamoDb.start(data); DynamoDbClient dynamo = client(engine)) {
            createTable(dynamo);
            put(dynamo, "p", "before");
        }
        // What a kill in the middle of an append leaves: a whole record, then part of one. Its answer never went out.
        Files.writeString(data.resolve("log.jsonl"), "{\"w\":[[\"engine\",{\"pk\":{\"S\":\"p\"},\"sk\":{\"S\":\"whole\"}},true]]}\n"
                + "{\"w\":[[\"engine\",{\"pk\":{\"S\":\"p\"},\"sk\":{\"S\":\"to", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (MotoDynamoDb engine = MotoDynamoDb.start(data); DynamoDbClient dynamo = client(engine)) {
            assertEquals(2, count(dynamo, "p"));
            put(dynamo, "p", "after");
            killEngines();
        }
        try (MotoDynamoDb engine = MotoDynamoDb.start(data); DynamoDbClient dynamo = client(engine)) {
            assertEquals(3, count(dynamo, "p"), "the write after the torn line was logged on a line of its own");
        }
    }

    @Test
    void theLogIsCompactedPastItsBound(@TempDir Path data) throws Exception {
        try (MotoDynamoDb engine = MotoDynamoDb.start(data, List.of("--compact-after", "50"));
             DynamoDbClient dynamo = client(engine)) {
            createTable(dynamo);
            IntStream.range(0, 120).forEach(i -> put(dynamo, "p", "k" + i));
            long logLines = Files.readAllLines(data.resolve("log.jsonl")).size();
            assertTrue(logLines < 50, "the log was compacted twice, and holds " + logLines + " records");
            killEngines();
        }
        try (MotoDynamoDb engine = MotoDynamoDb.start(data); DynamoDbClient dynamo = client(engine)) {
            assertEquals(120, count(dynamo, "p"), "snapshot and log together hold every write");
        }
    }

    @Test
    void aTokenReusedWithOtherParametersIsRefused() throws Exception {
        try (MotoDynamoDb engine = MotoDynamoDb.start(null); DynamoDbClient dynamo = client(engine)) {
            createTable(dynamo);
            dynamo.transactWriteItems(tx -> tx.clientRequestToken("t-1").transactItems(putItem("p", "a", null)));
            DynamoDbException refused = assertThrows(DynamoDbException.class, () -> dynamo.transactWriteItems(tx -> tx
                    .clientRequestToken("t-1").transactItems(putItem("p", "b", null))));
            assertEquals("IdempotentParameterMismatchException", refused.awsErrorDetails().errorCode());
            assertEquals(1, count(dynamo, "p"));
        }
    }

    @Test
    void capacityIsReportedByAwsRules() throws Exception {
        try (MotoDynamoDb engine = MotoDynamoDb.start(null); DynamoDbClient dynamo = client(engine)) {
            createTable(dynamo);
            // 1,500 bytes of text, plus names and keys: 2 write units; in a transaction, twice that.
            Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("c"), "sk", AttributeValue.fromS("1"),
                    "text", AttributeValue.fromS("x".repeat(1500)));
            assertEquals(2.0, dynamo.putItem(put -> put.tableName(TABLE).item(item)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits());
            assertEquals(4.0, dynamo.transactWriteItems(tx -> tx.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .transactItems(TransactWriteItem.builder().put(put -> put.tableName(TABLE).item(item)).build()))
                    .consumedCapacity().get(0).capacityUnits());
            for (int i = 2; i <= 6; i++) {
                String sk = String.valueOf(i);
                dynamo.putItem(put -> put.tableName(TABLE).item(Map.of("pk", AttributeValue.fromS("c"),
                        "sk", AttributeValue.fromS(sk), "text", AttributeValue.fromS("x".repeat(1500)))));
            }
            // Six items of about 1.5 KB read: 3 units of 4 KB, halved for an eventually consistent read.
            assertEquals(1.5, dynamo.query(q -> q.tableName(TABLE).keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("c")))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits());
            assertEquals(1.0, dynamo.getItem(get -> get.tableName(TABLE).key(key("c", "1")).consistentRead(true)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits());
        }
    }

    @Test
    void anItemWrittenOverAndOverIsKeptOnceInMemory() throws Exception {
        try (MotoDynamoDb engine = MotoDynamoDb.start(null); DynamoDbClient dynamo = client(engine)) {
            createTable(dynamo);
            Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("c"), "sk", AttributeValue.fromS("1"),
                    "text", AttributeValue.fromS("x".repeat(30_000)));
            for (int i = 0; i < 200; i++) {
                dynamo.putItem(put -> put.tableName(TABLE).item(item));
            }
            long before = residentKb(engine);
            for (int i = 0; i < 2_000; i++) {
                dynamo.putItem(put -> put.tableName(TABLE).item(item));
            }
            // Moto keeps every item object it ever made, for its dashboard: 2,000 replaced items of 30 KB would be
            // 60 MB more here.
            long grownKb = residentKb(engine) - before;
            assertTrue(grownKb < 20_000, "the engine grew by " + grownKb + " KB for one item written 2,000 times");
        }
    }

    @Test
    void theLauncherScriptIsGoneOnceTheEngineIsUp() throws Exception {
        Set<Path> before = launcherScripts();
        try (MotoDynamoDb engine = MotoDynamoDb.start(null); DynamoDbClient dynamo = client(engine)) {
            createTable(dynamo);
            assertEquals(before, launcherScripts(), "a runtime killed now would leave no copy of the launcher behind");
        }
    }

    private static Set<Path> launcherScripts() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("podium_dynamodb"))
                    .collect(Collectors.toSet());
        }
    }

    /** The engine's resident memory, as Linux reports it. */
    private static long residentKb(MotoDynamoDb engine) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + engine.pid() + "/status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).orElseThrow();
    }

    @Test
    void anotherMotoVersionFailsInOneLine(@TempDir Path fake) throws Exception {
        Files.createDirectories(fake.resolve("moto"));
        Files.writeString(fake.resolve("moto/__init__.py"), "__version__ = \"4.0.0\"\n");
        Path script = MotoDynamoDb.script();
        try {
            ProcessBuilder builder = new ProcessBuilder(MotoDynamoDb.python(), script.toString(), "--check-version");
            builder.environment().put("PYTHONPATH", fake.toString());
            Process process = builder.redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals(3, process.waitFor());
            assertFalse(output.contains("\n"), output);
            assertTrue(output.contains("needs moto 5.2.1, found 4.0.0"), output);
        } finally {
            Files.delete(script);
        }
    }

    /** SIGKILL, as a dying machine or an OOM killer would: the launcher gets no chance to compact. */
    private static void killEngines() throws InterruptedException {
        for (ProcessHandle child : ProcessHandle.current().children().toList()) {
            if (child.info().commandLine().orElse("").contains("podium_dynamodb")) {
                child.destroyForcibly();
                child.onExit().join();
            }
        }
    }

    private static DynamoDbClient client(MotoDynamoDb engine) {
        return DynamoDbClient.builder().endpointOverride(engine.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD)).build();
    }

    private static void createTable(DynamoDbClient dynamo) {
        dynamo.createTable(table -> table.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string("pk"), string("sk"))
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk));
    }

    private static void put(DynamoDbClient dynamo, String pk, String sk) {
        dynamo.putItem(put -> put.tableName(TABLE).item(key(pk, sk)));
    }

    private static TransactWriteItem putItem(String pk, String sk, String condition) {
        return TransactWriteItem.builder().put(put -> put.tableName(TABLE).item(key(pk, sk)).conditionExpression(condition))
                .build();
    }

    private static int count(DynamoDbClient dynamo, String pk) {
        return dynamo.query(q -> q.tableName(TABLE).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))).count();
    }
}
