package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.adapters.dynamodb.DynamoDbMetricStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.adapters.sqs.SqsRecomputeQueue;
import io.podium.api.metrics.ListMetricsHandler;
import io.podium.api.scores.FinalizeScoresHandler;
import io.podium.json.Json;
import io.podium.scores.Finalizer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Clock;

import static io.podium.handlers.Fixtures.inCompany;
import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finalize on the fixture: the cut-off in the local DynamoDB engine, the message in ElasticMQ. The runtime's own
 * consumer drains the real recompute queue, so the messages go to a FIFO queue of this test's own.
 */
@ExtendWith(InProcessPodium.class)
class FinalizeHandlerTest {
    private static final TestQueue QUEUE = TestQueue.named("finalize-handler-test.fifo");

    private static FinalizeScoresHandler handler(SqsClient sqs) {
        return new FinalizeScoresHandler(new Finalizer(new DynamoDbMetricStore(Faults.dynamoDb(), Tables.metrics()),
                new SqsRecomputeQueue(sqs, QUEUE.url), Clock.systemUTC()));
    }

    @ParameterizedTest
    @Event(value = "../events/finalize-scores.json", type = APIGatewayProxyRequestEvent.class)
    void movesTheCutOffAndQueuesARecompute(APIGatewayProxyRequestEvent event) {
        String copid = newCompany();
        APIGatewayProxyResponseEvent response = handler(Faults.sqs()).handleRequest(inCompany(event, copid), null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("2026-03-01", Json.read(response.getBody()).get("finalizedThrough").asText());
        assertEquals("2026-03-01", cutOff(copid));
        JsonNode message = Json.read(QUEUE.awaitMessageFor(copid).orElseThrow().body());
        assertEquals(copid, message.get("copid").asText());
        assertEquals("eco_score", message.get("metric").asText());
        assertEquals("2026-03-01", message.get("finalizedThrough").asText());
    }

    @ParameterizedTest
    @Event(value = "../events/finalize-scores.json", type = APIGatewayProxyRequestEvent.class)
    void aLostSendIsHealedByTheClientsRetry(APIGatewayProxyRequestEvent event) {
        String copid = newCompany();
        Faults.Unreachable sqsDown = new Faults.Unreachable("SendMessage");
        FinalizeScoresHandler handler = handler(Faults.sqs(sqsDown));

        APIGatewayProxyResponseEvent failed = handler.handleRequest(inCompany(event, copid), null);
        assertEquals(503, failed.getStatusCode(), failed.getBody());
        assertEquals("recompute_not_queued", Json.read(failed.getBody()).get("error").get("code").asText());
        assertEquals("1", failed.getHeaders().get("Retry-After"));
        assertEquals("2026-03-01", cutOff(copid), "the cut-off moved before the send failed");

        sqsDown.healed = true;
        assertEquals(200, handler.handleRequest(event, null).getStatusCode());
        assertTrue(QUEUE.awaitMessageFor(copid).isPresent(), "the retry must queue the recompute");
    }

    private static String cutOff(String copid) {
        APIGatewayProxyRequestEvent list = inCompany(EventLoader.loadApiGatewayRestEvent("../events/list-metrics.json"), copid);
        return Json.read(new ListMetricsHandler().handleRequest(list, null).getBody())
                .get("data").get(0).get("finalizedThrough").asText();
    }
}
