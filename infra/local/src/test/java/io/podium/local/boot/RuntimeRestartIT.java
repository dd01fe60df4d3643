package io.podium.local.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two runs on one data dir: tables are created once, keep their data and gain the indexes added to the template. */
class RuntimeRestartIT {
    private static final String TABLE = "podium-local-restart";

    private static LocalRuntime start(String template, Path dataDir) throws Exception {
        return LocalRuntime.start(new ServeOptions(0, dataDir, false, SharedTestRuntime.resource(template), OptionalInt.empty(), Map.of(), null),
                Optional.empty(), SharedTestRuntime.NoTokens.INSTALLER);
    }

    @Test
    void dataSurvivesARestartAndNewIndexesAreAdded(@TempDir Path dataDir) throws Exception {
        try (LocalRuntime first = start("restart-v1.yaml", dataDir);
             DynamoDbClient dynamoDb = LocalAwsClients.dynamoDb(first.endpoints())) {
            dynamoDb.putItem(request -> request.tableName(TABLE)
                    .item(Map.of("id", AttributeValue.fromS("1"), "colour", AttributeValue.fromS("red"))));
            assertTrue(dynamoDb.describeTable(request -> request.tableName(TABLE)).table().globalSecondaryIndexes().isEmpty());
        }
        try (LocalRuntime second = start("restart-v2.yaml", dataDir);
             DynamoDbClient dynamoDb = LocalAwsClients.dynamoDb(second.endpoints())) {
            assertEquals("red", dynamoDb.getItem(request -> request.tableName(TABLE).key(Map.of("id", AttributeValue.fromS("1"))))
                    .item().get("colour").s());
            assertEquals(List.of("ByColour"), dynamoDb.describeTable(request -> request.tableName(TABLE)).table()
                    .globalSecondaryIndexes().stream().map(GlobalSecondaryIndexDescription::indexName).toList());
            assertEquals(List.of(TABLE), dynamoDb.listTables().tableNames());
        }
        try (LocalRuntime third = start("restart-v2.yaml", dataDir);
             DynamoDbClient dynamoDb = LocalAwsClients.dynamoDb(third.endpoints())) {
            assertEquals(1, dynamoDb.scan(request -> request.tableName(TABLE).indexName("ByColour")).count(),
                    "the index added on the second run holds the item written on the first");
        }
    }

    @Test
    void twoRuntimesCannotShareADataDir(@TempDir Path dataDir) throws Exception {
        try (LocalRuntime ignored = start("restart-v1.yaml", dataDir)) {
            IllegalStateException error = assertThrows(IllegalStateException.class, () -> start("restart-v1.yaml", dataDir));
            assertTrue(error.getMessage().contains("in use by another podium-local runtime"), error.getMessage());
        }
        try (LocalRuntime again = start("restart-v1.yaml", dataDir)) {
            assertFalse(again.dynamoDbEndpoint().toString().isEmpty(), "the lock is released on close");
        }
    }
}
