package io.podium.handlers;

import io.podium.adapters.dynamodb.Tables;
import io.podium.api.scores.SubmitScoresHandler;
import io.podium.api.scores.SubmitScoresPriming;
import io.podium.wiring.SnapStartPriming;
import io.podium.wiring.Wiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SnapStart priming of SubmitScores: registered by the handler's class, and it only ever reads. */
@ExtendWith(InProcessPodium.class)
class SnapStartPrimingTest {
    @Test
    void loadingTheHandlerRegistersItsPrimingOnce() throws Exception {
        Class.forName(SubmitScoresHandler.class.getName(), true, SubmitScoresHandler.class.getClassLoader());
        assertEquals(1, SnapStartPriming.registered().stream()
                .filter(priming -> priming.name().equals("SubmitScoresFunction")).count());
    }

    @Test
    void primingMakesOneReadAndNoWrite() {
        Faults.Calls calls = new Faults.Calls();
        DynamoDbClient counted = Faults.dynamoDb(calls);
        SubmitScoresPriming.prime(new Wiring(() -> counted, Faults::sqs, Clock.systemUTC()));
        assertEquals(List.of("GetItem"), calls.operations);
    }

    @Test
    void theRegisteredPrimingRunsOnTheFunctionsClientAndLeavesNoTrace() {
        new SubmitScoresHandler();
        SnapStartPriming priming = SnapStartPriming.registered().stream()
                .filter(p -> p.name().equals("SubmitScoresFunction")).findFirst().orElseThrow();
        priming.prime();
        try (DynamoDbClient dynamo = Faults.dynamoDb()) {
            for (String table : List.of(Tables.metrics(), Tables.scores())) {
                List<Map<String, AttributeValue>> items =
                        dynamo.scan(ScanRequest.builder().tableName(table).build()).items();
                assertTrue(items.stream().flatMap(item -> item.values().stream())
                                .noneMatch(value -> value.s() != null && value.s().contains("priming")),
                        "priming wrote to " + table);
            }
        }
    }
}
