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
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

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
    private static final SqsClient SQS = Faults.sqs();
    private static final String QUEUE = SQS.createQueue(b -> b.queueName("finalize-handler-test.fifo")
            .attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true"))).queueUrl();

    private static FinalizeScoresHandler handler(SqsClient sqs) {
        return new FinalizeScoresHandler(new Finalizer(new DynamoDbMetricStore(Faults.dynamoDb(), Tables.metrics()),
                new SqsRecomputeQueue(sqs, QUEUE), Clock.systemUTC()));
    }

    @ParameterizedTest
    @Event(value = "../events/finalize-scores.json", type = APIGatewayProxyRequestEvent.class)
    void movesTheCutOffAndQueuesARecompute(APIGatewayProxyRequestEvent event) {
        String copid = newCompany();
        APIGatewayProxyResponseEvent response = handler(SQS).handleRequest(inCompany(event, copid), null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("2026-03-01", Json.read(response.getBody()).get("finalizedThrough").asText());
        assertEquals("2026-03-01", cutOff(copid));
        JsonNode message = Json.read(awaitMessageFor(copid).orElseThrow().body());
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
        assertTrue(awaitMessageFor(copid).isPresent(), "the retry must queue the recompute");
    }

    private static String cutOff(String copid) {
        APIGatewayProxyRequestEvent list = inCompany(EventLoader.loadApiGatewayRestEvent("../events/list-metrics.json"), copid);
        return Json.read(new ListMetricsHandler().handleRequest(list, null).getBody())
                .get("data").get(0).get("finalizedThrough").asText();
    }

    /** Other tests share the queue, so look for this company's message and leave the rest. */
    private static Optional<Message> awaitMessageFor(String copid) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (Message message : SQS.receiveMessage(r -> r.queueUrl(QUEUE).maxNumberOfMessages(10)
                    .waitTimeSeconds(1).visibilityTimeout(0)).messages()) {
                if (Json.read(message.body()).get("copid").asText().equals(copid)) {
                    SQS.deleteMessage(d -> d.queueUrl(QUEUE).receiptHandle(message.receiptHandle()));
                    return Optional.of(message);
                }
            }
        }
        return Optional.empty();
    }
}
