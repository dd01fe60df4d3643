package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.adapters.dynamodb.ContentionBackoff;
import io.podium.adapters.dynamodb.DynamoDbMetricStore;
import io.podium.adapters.dynamodb.DynamoDbScoreStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.api.metrics.ListMetricsHandler;
import io.podium.api.scores.GetScoresHandler;
import io.podium.api.scores.SubmitScoresHandler;
import io.podium.json.Json;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.podium.handlers.Fixtures.inCompany;
import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scores functions on the events/ fixtures, against the runtime's DynamoDB engine. */
@ExtendWith(InProcessPodium.class)
class ScoresHandlersTest {
    private static final ContentionBackoff FAST = new ContentionBackoff(4, Duration.ofMillis(1), Duration.ofMillis(5));

    private static SubmitScoresHandler submitHandler(DynamoDbClient dynamo) {
        return new SubmitScoresHandler(new DynamoDbScoreStore(dynamo, Tables.scores(), Tables.metrics(), FAST), Clock.systemUTC());
    }

    private static APIGatewayProxyResponseEvent read(String copid) {
        APIGatewayProxyRequestEvent get = EventLoader.loadApiGatewayRestEvent("../events/get-scores.json");
        return new GetScoresHandler().handleRequest(inCompany(get, copid), null);
    }

    private static JsonNode body(APIGatewayProxyResponseEvent response) {
        return Json.read(response.getBody());
    }

    @ParameterizedTest
    @Event(value = "../events/submit-scores.json", type = APIGatewayProxyRequestEvent.class)
    void theLambdaConstructedHandlerStoresTheFixture(APIGatewayProxyRequestEvent event) {
        String copid = newCompany();
        APIGatewayProxyResponseEvent response = new SubmitScoresHandler().handleRequest(inCompany(event, copid), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(3, body(response).get("accepted").asInt());

        JsonNode firstPage = body(read(copid));
        assertEquals("[\"driver-001\",\"driver-002\"]", userxtids(firstPage));
        assertEquals(87, firstPage.get("scores").get(0).get("score").asInt());
        assertTrue(firstPage.get("next").isTextual(), "a third score remains");

        APIGatewayProxyRequestEvent metrics = inCompany(EventLoader.loadApiGatewayRestEvent("../events/list-metrics.json"), copid);
        JsonNode listed = body(new ListMetricsHandler().handleRequest(metrics, null));
        assertEquals("eco_score", listed.get("data").get(0).get("metric").asText());
    }

    @ParameterizedTest
    @Event(value = "../events/submit-scores.json", type = APIGatewayProxyRequestEvent.class)
    void anAcceptedBatchIsExactlyOneDynamoDbCall(APIGatewayProxyRequestEvent event) {
        Faults.Calls calls = new Faults.Calls();
        APIGatewayProxyResponseEvent response = submitHandler(Faults.dynamoDb(calls)).handleRequest(inCompany(event, newCompany()), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(List.of("TransactWriteItems"), calls.operations);
    }

    @ParameterizedTest
    @Event(value = "../events/submit-scores.json", type = APIGatewayProxyRequestEvent.class)
    void transactionConflictsAreRetriedWithFreshTokens(APIGatewayProxyRequestEvent event) {
        String copid = newCompany();
        Faults.Calls calls = new Faults.Calls();
        DynamoDbClient contended = Faults.dynamoDb(calls, new Faults.TransactionConflicts(2));
        APIGatewayProxyResponseEvent response = submitHandler(contended).handleRequest(inCompany(event, copid), null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(List.of("TransactWriteItems", "TransactWriteItems", "TransactWriteItems"), calls.operations);
        assertEquals(3, calls.transactionTokens.stream().distinct().count());
        assertEquals(200, read(copid).getStatusCode());
    }

    @ParameterizedTest
    @Event(value = "../events/submit-scores.json", type = APIGatewayProxyRequestEvent.class)
    void persistentConflictsAnswer503BusyNeverA412AndWriteNothing(APIGatewayProxyRequestEvent event) {
        String copid = newCompany();
        DynamoDbClient contended = Faults.dynamoDb(new Faults.TransactionConflicts(Integer.MAX_VALUE));
        APIGatewayProxyResponseEvent response = submitHandler(contended).handleRequest(inCompany(event, copid), null);

        assertEquals(503, response.getStatusCode(), response.getBody());
        assertEquals("busy", body(response).get("error").get("code").asText());
        assertEquals("1", response.getHeaders().get("Retry-After"));
        APIGatewayProxyResponseEvent after = read(copid);
        assertEquals(404, after.getStatusCode(), "nothing may be written, not even the metric: " + after.getBody());
    }

    @ParameterizedTest
    @Event(value = "../events/submit-scores.json", type = APIGatewayProxyRequestEvent.class)
    void aFinalizedDayAnswers412AndKeepsItsScores(APIGatewayProxyRequestEvent event) {
        String copid = newCompany();
        SubmitScoresHandler handler = new SubmitScoresHandler();
        assertEquals(200, handler.handleRequest(inCompany(event, copid), null).getStatusCode());
        new DynamoDbMetricStore(Faults.dynamoDb(), Tables.metrics())
                .finalizeThrough(copid, "eco_score", LocalDate.of(2026, 3, 1), Instant.now());

        event.setBody(event.getBody().replace("87", "1000"));
        APIGatewayProxyResponseEvent refused = handler.handleRequest(event, null);
        assertEquals(412, refused.getStatusCode());
        assertEquals("score_finalized", body(refused).get("error").get("code").asText());
        JsonNode stored = body(read(copid));
        assertEquals(87, stored.get("scores").get(0).get("score").asInt());
        assertTrue(stored.get("finalized").asBoolean());
    }

    @ParameterizedTest
    @Event(value = "../events/submit-scores.json", type = APIGatewayProxyRequestEvent.class)
    void theFunctionChecksScopeAndCompanyItself(APIGatewayProxyRequestEvent event) {
        String copid = newCompany();
        APIGatewayProxyRequestEvent readOnly = Fixtures.withScopes(inCompany(event, copid), "read");
        APIGatewayProxyResponseEvent refused = new SubmitScoresHandler().handleRequest(readOnly, null);
        assertEquals(403, refused.getStatusCode());
        assertEquals("insufficient_scope", body(refused).get("error").get("code").asText());

        APIGatewayProxyRequestEvent elsewhere = Fixtures.withScopes(event, "scores:write");
        elsewhere.getPathParameters().put("copid", newCompany());
        APIGatewayProxyResponseEvent forbidden = new SubmitScoresHandler().handleRequest(elsewhere, null);
        assertEquals(403, forbidden.getStatusCode());
        assertEquals("forbidden", body(forbidden).get("error").get("code").asText());
        assertNotEquals(200, read(copid).getStatusCode());
    }

    private static String userxtids(JsonNode page) {
        StringBuilder ids = new StringBuilder("[");
        page.get("scores").forEach(s -> ids.append(ids.length() > 1 ? "," : "").append('"').append(s.get("userxtid").asText()).append('"'));
        return ids.append(']').toString();
    }
}
