package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.activity.ActivityWindow;
import io.podium.adapters.dynamodb.ContentionBackoff;
import io.podium.adapters.dynamodb.DynamoDbCorrectionStore;
import io.podium.adapters.dynamodb.DynamoDbEventLog;
import io.podium.adapters.dynamodb.DynamoDbMetricStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.adapters.sqs.SqsRecomputeQueue;
import io.podium.api.scores.CorrectScoresHandler;
import io.podium.api.scores.GetScoresHandler;
import io.podium.api.scores.ListCorrectionsHandler;
import io.podium.json.Json;
import io.podium.scores.CorrectionEvents;
import io.podium.scores.Score;
import io.podium.scores.ScoreBatch;
import io.podium.scores.ScoreCorrections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.podium.handlers.Fixtures.inCompany;
import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corrections functions on their events/ fixtures, against the runtime's DynamoDB engine: a finalized day corrected
 * on the record, what is refused and writes nothing, a correction to the value a score has, contention, a lost recompute
 * message, and two corrections of one score at once. The corrections' recompute messages go to a queue of this test's
 * own (the runtime's consumer drains the real one).
 */
@ExtendWith(InProcessPodium.class)
class CorrectionsHandlersTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final String FIXTURE_TOKEN_ID = "0123456789abcdef0123";
    private static final ContentionBackoff FAST = new ContentionBackoff(6, Duration.ofMillis(1), Duration.ofMillis(5));
    private static final SqsClient SQS = Faults.sqs();
    private static final TestQueue QUEUE = TestQueue.named("corrections-handler-test.fifo");

    private final Stores stores = Stores.healthy();
    private String copid;

    @BeforeEach
    void seed() {
        copid = newCompany();
        stores.day(copid, "eco_score", MARCH_1, "driver-001", 87, "driver-002", 92);
        stores.metrics.finalizeThrough(copid, "eco_score", MARCH_1, Instant.now());
    }

    private static CorrectScoresHandler handler(DynamoDbClient dynamo, SqsClient sqs) {
        return new CorrectScoresHandler(new ScoreCorrections(new DynamoDbMetricStore(dynamo, Tables.metrics()),
                new DynamoDbCorrectionStore(dynamo, Tables.corrections(), Tables.scores(), FAST),
                new SqsRecomputeQueue(sqs, QUEUE.url), new DynamoDbEventLog(dynamo, Tables.events()), Clock.systemUTC()));
    }

    private APIGatewayProxyRequestEvent correction() {
        return inCompany(EventLoader.loadApiGatewayRestEvent("../events/correct-scores.json"), copid);
    }

    private APIGatewayProxyRequestEvent correction(String body) {
        APIGatewayProxyRequestEvent event = correction();
        event.setBody(body);
        return event;
    }

    private static String body(String userxtid, int score) {
        return "{\"date\":\"2026-03-01\",\"metric\":\"eco_score\",\"reason\":\"set to " + score + "\",\"scores\":[{\"userxtid\":\""
                + userxtid + "\",\"score\":" + score + "}]}";
    }

    /** Drivers d0 to d{n-1}, each of score its number: none of them has a score yet. */
    private static String scoresOf(int n) {
        StringBuilder scores = new StringBuilder();
        for (int i = 0; i < n; i++) {
            scores.append(i == 0 ? "" : ",").append("{\"userxtid\":\"d").append(i).append("\",\"score\":").append(i).append('}');
        }
        return scores.toString();
    }

    private static JsonNode json(APIGatewayProxyResponseEvent response) {
        return Json.read(response.getBody());
    }

    private static String code(APIGatewayProxyResponseEvent response) {
        return json(response).get("error").get("code").asText();
    }

    private APIGatewayProxyResponseEvent record(String scopes, Map<String, String> query) {
        APIGatewayProxyRequestEvent list = inCompany(EventLoader.loadApiGatewayRestEvent("../events/list-corrections.json"), copid);
        Map<String, String> parameters = new HashMap<>(list.getQueryStringParameters());
        parameters.putAll(query);
        list.setQueryStringParameters(parameters);
        return new ListCorrectionsHandler().handleRequest(Fixtures.withScopes(list, scopes), null);
    }

    private JsonNode record() {
        APIGatewayProxyResponseEvent response = record("read", Map.of());
        assertEquals(200, response.getStatusCode(), response.getBody());
        return json(response).get("data");
    }

    /** The day's scores as GET …/scores reads them: userxtid=score, in userxtid order. */
    private List<String> scores() {
        APIGatewayProxyRequestEvent get = inCompany(EventLoader.loadApiGatewayRestEvent("../events/get-scores.json"), copid);
        get.setQueryStringParameters(Map.of("metric", "eco_score", "date", MARCH_1.toString()));
        APIGatewayProxyResponseEvent response = new GetScoresHandler().handleRequest(get, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        List<String> scores = new ArrayList<>();
        json(response).get("scores").forEach(s -> scores.add(s.get("userxtid").asText() + "=" + s.get("score").asInt()));
        return scores;
    }

    @Test
    void theLambdaConstructedHandlerCorrectsAFinalizedDayOnTheRecord() {
        APIGatewayProxyResponseEvent response = new CorrectScoresHandler().handleRequest(correction(), null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("{\"data\":[{\"userxtid\":\"driver-001\",\"old\":87,\"new\":91},"
                + "{\"userxtid\":\"driver-004\",\"old\":null,\"new\":70}],\"metric\":\"eco_score\",\"date\":\"2026-03-01\"}",
                response.getBody());
        assertEquals(List.of("driver-001=91", "driver-002=92", "driver-004=70"), scores());
        JsonNode record = record();
        assertEquals(2, record.size(), record.toString());
        for (JsonNode entry : record) {
            assertEquals("2026-03-01", entry.get("date").asText());
            assertEquals("eco_score", entry.get("metric").asText());
            assertEquals("The telematics box of driver-001 was miscalibrated on March 1.", entry.get("reason").asText());
            assertEquals(FIXTURE_TOKEN_ID, entry.get("by").asText(), "the record names the token that corrected");
            assertTrue(entry.get("at").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"), entry.toString());
        }
        assertEquals(List.of("driver-004:null>70", "driver-001:87>91"), changes(record), "the latest change of a correction first");
        assertTrue(json(record("read", Map.of())).get("next").isNull());
    }

    @Test
    void theRecordIsListedTheLatestDayFirstAndPaged() {
        stores.day(copid, "eco_score", MARCH_1.plusDays(1), "driver-001", 50);
        stores.metrics.finalizeThrough(copid, "eco_score", MARCH_1.plusDays(1), Instant.now());
        CorrectScoresHandler handler = handler(stores.dynamo, SQS);
        assertEquals(200, handler.handleRequest(correction(body("driver-001", 1)), null).getStatusCode());
        assertEquals(200, handler.handleRequest(correction(body("driver-001", 2).replace("2026-03-01", "2026-03-02")), null)
                .getStatusCode());
        assertEquals(200, handler.handleRequest(correction(body("driver-002", 3)), null).getStatusCode());

        List<String> seen = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Map<String, String> query = new HashMap<>(Map.of("limit", "1"));
            cursor.ifPresent(c -> query.put("cursor", c));
            JsonNode page = json(record("scores:correct", query));
            assertEquals(1, page.get("data").size(), page.toString());
            seen.add(page.get("data").get(0).get("date").asText() + " " + changes(page.get("data")).get(0));
            cursor = Optional.ofNullable(page.get("next").textValue());
        } while (cursor.isPresent());
        assertEquals(List.of("2026-03-02 driver-001:50>2", "2026-03-01 driver-002:92>3", "2026-03-01 driver-001:87>1"), seen);
        assertEquals(List.of("driver-001:50>2"), changes(json(record("read", Map.of("from", "2026-03-02"))).get("data")));
    }

    @Test
    void aDayNotFinalizedOrAnUnknownMetricIsRefusedAndNothingIsWritten() {
        stores.day(copid, "eco_score", MARCH_1.plusDays(1), "driver-001", 50);
        APIGatewayProxyResponseEvent open = new CorrectScoresHandler()
                .handleRequest(correction(body("driver-001", 1).replace("2026-03-01", "2026-03-02")), null);
        assertEquals(409, open.getStatusCode(), open.getBody());
        assertEquals("day_not_finalized", code(open));

        APIGatewayProxyResponseEvent unknown = new CorrectScoresHandler()
                .handleRequest(correction(body("driver-001", 1).replace("eco_score", "braking")), null);
        assertEquals(404, unknown.getStatusCode(), unknown.getBody());
        assertEquals("metric_not_found", code(unknown));

        assertEquals(List.of("driver-001=87", "driver-002=92"), scores());
        assertEquals(0, record().size());
    }

    @Test
    void badBodiesAnswerTheBatchsCodesAndWriteNothing() {
        CorrectScoresHandler handler = new CorrectScoresHandler();
        APIGatewayProxyResponseEvent noReason = handler.handleRequest(correction(body("driver-001", 1)
                .replace("\"reason\":\"set to 1\",", "")), null);
        assertEquals(400, noReason.getStatusCode());
        assertEquals("validation_failed", code(noReason));
        assertEquals("reason", json(noReason).get("error").get("details").get(0).get("field").asText());

        APIGatewayProxyResponseEvent duplicate = handler.handleRequest(correction("{\"date\":\"2026-03-01\",\"metric\":\"eco_score\","
                + "\"reason\":\"r\",\"scores\":[{\"userxtid\":\"driver-001\",\"score\":1},{\"userxtid\":\"driver-001\",\"score\":2}]}"), null);
        assertEquals(412, duplicate.getStatusCode());
        assertEquals("duplicate_userxtid", code(duplicate));

        APIGatewayProxyResponseEvent tooMany = handler.handleRequest(correction("{\"date\":\"2026-03-01\",\"metric\":\"eco_score\","
                + "\"reason\":\"r\",\"scores\":[" + scoresOf(51) + "]}"), null);
        assertEquals(413, tooMany.getStatusCode());
        assertEquals("batch_too_large", code(tooMany));

        assertEquals(List.of("driver-001=87", "driver-002=92"), scores());
        assertEquals(0, record().size());
    }

    @Test
    void aFullBatchOfFiftyChangesIsOneTransactionOfAHundredItems() {
        Faults.Calls calls = new Faults.Calls();
        APIGatewayProxyResponseEvent response = handler(Faults.dynamoDb(calls), SQS).handleRequest(
                correction("{\"date\":\"2026-03-01\",\"metric\":\"eco_score\",\"reason\":\"late upload\",\"scores\":["
                        + scoresOf(50) + "]}"), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(50, json(response).get("data").size());
        assertEquals(List.of("GetItem", "Query", "BatchGetItem", "TransactWriteItems", "BatchGetItem", "UpdateItem",
                "TransactWriteItems"), calls.operations, "the metric, the latest correction, the stored scores, one"
                + " transaction; then the 50 events' keys, their ids, and their transaction");
        assertEquals(50, record().size());
        assertEquals(50, corrections().size());

        Faults.Calls repeat = new Faults.Calls();
        assertEquals(200, handler(Faults.dynamoDb(repeat), SQS).handleRequest(
                correction("{\"date\":\"2026-03-01\",\"metric\":\"eco_score\",\"reason\":\"late upload\",\"scores\":["
                        + scoresOf(50) + "]}"), null).getStatusCode());
        assertEquals(List.of("GetItem", "Query", "BatchGetItem", "Query", "BatchGetItem"), repeat.operations,
                "a repeat reads the latest correction's record and its events' keys, and writes nothing");
    }

    /** The game's activity feed's correction events, as "driver:old>new (reason)", newest first. */
    private List<String> corrections() {
        List<String> logged = new ArrayList<>();
        stores.wiring(Clock.systemUTC()).activity().game(copid, ActivityWindow.of(Optional.empty(), Optional.empty(),
                Instant.now()), Optional.empty()).events().stream()
                .filter(event -> event.type().equals(CorrectionEvents.TYPE))
                .forEach(event -> logged.add(event.actor().orElseThrow() + ":" + event.changes().get(0).oldValue() + ">"
                        + event.changes().get(0).newValue() + " (" + event.payload().get("reason").asText() + ")"));
        return logged;
    }

    /**
     * Each changed score is a correction event of its driver in the activity feeds, logged once: a repeated request logs
     * nothing more, and one that follows a correction whose events were lost (its function died after the transaction)
     * logs them.
     */
    @Test
    void eachChangedScoreIsACorrectionEventOfItsDriverLoggedOnce() {
        APIGatewayProxyResponseEvent first = new CorrectScoresHandler().handleRequest(correction(body("driver-001", 80)), null);
        assertEquals(200, first.getStatusCode(), first.getBody());
        new CorrectScoresHandler().handleRequest(correction(body("driver-001", 80)), null);
        assertEquals(List.of("driver-001:87>80 (set to 80)"), corrections());

        // The correction's transaction, and no more: its events are lost, until the request is repeated.
        new DynamoDbCorrectionStore(stores.dynamo, Tables.corrections(), Tables.scores(), FAST).correct(copid,
                new ScoreBatch("eco_score", MARCH_1, List.of(new Score("driver-002", 90), new Score("driver-009", 5))),
                "late upload", FIXTURE_TOKEN_ID, Instant.now());
        assertEquals(1, corrections().size());
        APIGatewayProxyResponseEvent repeated = new CorrectScoresHandler().handleRequest(correction(
                "{\"date\":\"2026-03-01\",\"metric\":\"eco_score\",\"reason\":\"late upload\",\"scores\":["
                        + "{\"userxtid\":\"driver-002\",\"score\":90},{\"userxtid\":\"driver-009\",\"score\":5}]}"), null);
        assertEquals(200, repeated.getStatusCode(), repeated.getBody());
        assertEquals(0, json(repeated).get("data").size(), "nothing more changed");
        assertEquals(Set.of("driver-001:87>80 (set to 80)", "driver-002:92>90 (late upload)", "driver-009:null>5 (late upload)"),
                Set.copyOf(corrections()));
        assertEquals(3, corrections().size(), "each once");
    }

    @Test
    void aScoreSetToTheValueItHasIsNoChangeAndIsNotRecorded() {
        APIGatewayProxyResponseEvent same = new CorrectScoresHandler().handleRequest(correction(body("driver-001", 87)), null);
        assertEquals(200, same.getStatusCode(), same.getBody());
        assertEquals(0, json(same).get("data").size());
        assertEquals(0, record().size());
    }

    @Test
    void onlyTheCorrectScopeCorrectsAndReadOrItReadsTheRecord() {
        for (String scopes : List.of("scores:write scores:finalize read hub", "driver:driver-001")) {
            APIGatewayProxyRequestEvent event = Fixtures.withScopes(correction(), scopes);
            if (scopes.startsWith("driver:")) {
                Map<String, Object> authorizer = new HashMap<>(event.getRequestContext().getAuthorizer());
                authorizer.put("scopes", "");
                authorizer.put("driver", "driver-001");
                event.getRequestContext().setAuthorizer(authorizer);
            }
            APIGatewayProxyResponseEvent refused = new CorrectScoresHandler().handleRequest(event, null);
            assertEquals(403, refused.getStatusCode(), scopes + ": " + refused.getBody());
            assertEquals("insufficient_scope", code(refused), scopes);
        }
        assertEquals(List.of("driver-001=87", "driver-002=92"), scores());
        assertEquals(200, record("scores:correct", Map.of()).getStatusCode());
        APIGatewayProxyResponseEvent hub = record("hub scores:write", Map.of());
        assertEquals(403, hub.getStatusCode());
        assertEquals("insufficient_scope", code(hub));
    }

    @Test
    void transactionConflictsAreRetriedAndLastingOnesAnswer503AndWriteNothing() {
        Faults.Calls calls = new Faults.Calls();
        APIGatewayProxyResponseEvent retried = handler(Faults.dynamoDb(calls, new Faults.TransactionConflicts(2)), SQS)
                .handleRequest(correction(body("driver-001", 1)), null);
        assertEquals(200, retried.getStatusCode(), retried.getBody());
        assertEquals(4, calls.transactionTokens.stream().distinct().count(),
                "a fresh request token for every attempt (three), and the events' transaction's");
        assertEquals(1, record().size());

        APIGatewayProxyResponseEvent busy = handler(Faults.dynamoDb(new Faults.TransactionConflicts(Integer.MAX_VALUE)), SQS)
                .handleRequest(correction(body("driver-002", 2)), null);
        assertEquals(503, busy.getStatusCode(), busy.getBody());
        assertEquals("busy", code(busy));
        assertEquals(List.of("driver-001=1", "driver-002=92"), scores());
        assertEquals(1, record().size());
    }

    @Test
    void aLostRecomputeMessageIsQueuedByRepeatingTheRequest() {
        Faults.Unreachable sqsDown = new Faults.Unreachable("SendMessage");
        CorrectScoresHandler handler = handler(stores.dynamo, Faults.sqs(sqsDown));
        APIGatewayProxyResponseEvent failed = handler.handleRequest(correction(body("driver-001", 1)), null);
        assertEquals(503, failed.getStatusCode(), failed.getBody());
        assertEquals("recompute_not_queued", code(failed));
        assertEquals(List.of("driver-001=1", "driver-002=92"), scores(), "the correction is saved");

        sqsDown.healed = true;
        APIGatewayProxyResponseEvent repeated = handler.handleRequest(correction(body("driver-001", 1)), null);
        assertEquals(200, repeated.getStatusCode(), repeated.getBody());
        assertEquals(0, json(repeated).get("data").size(), "the repeat changes nothing more");
        assertEquals(1, record().size());
        Message queued = QUEUE.awaitMessageFor(copid).orElseThrow(() -> new AssertionError("the repeat queues the recompute"));
        assertEquals("eco_score", Json.read(queued.body()).get("metric").asText());
    }

    /**
     * Two corrections of one score at once, each having read the score before the other wrote: one commits, the other
     * finds the score changed, reads it again and commits after it. Both are on the record, chained, and the score is
     * the one written last.
     */
    @Test
    void twoCorrectionsOfOneScoreAtOnceAreBothRecordedAndOneOfThemStands() throws Exception {
        int writers = 2;
        CyclicBarrier bothRead = new CyclicBarrier(writers);
        AtomicInteger firstAttempts = new AtomicInteger();
        ExecutionInterceptor meetBeforeWriting = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                // Each writer's first transaction waits until both have read the score: both read 87.
                if (context.request() instanceof TransactWriteItemsRequest && firstAttempts.getAndIncrement() < writers) {
                    try {
                        bothRead.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("the writers did not meet", e);
                    }
                }
            }
        };
        CorrectScoresHandler handler = handler(Faults.dynamoDb(meetBeforeWriting), SQS);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<APIGatewayProxyResponseEvent>> answers = new ArrayList<>();
        for (int score : new int[]{100, 200}) {
            answers.add(pool.submit(() -> handler.handleRequest(correction(body("driver-001", score)), null)));
        }
        List<String> changed = new ArrayList<>();
        for (Future<APIGatewayProxyResponseEvent> answer : answers) {
            APIGatewayProxyResponseEvent response = answer.get(30, TimeUnit.SECONDS);
            assertEquals(200, response.getStatusCode(), response.getBody());
            changed.addAll(changes(json(response).get("data")));
        }
        pool.shutdown();

        List<String> record = changes(record());
        assertEquals(2, record.size(), "both corrections are on the record: " + record);
        assertTrue(changed.containsAll(record) && record.containsAll(changed), changed + " vs " + record);
        // Newest first: the later correction's old value is the earlier one's new value, and it is what is stored.
        String later = record.get(0);
        String earlier = record.get(1);
        assertTrue(earlier.startsWith("driver-001:87>"), earlier);
        assertEquals(earlier.substring(earlier.indexOf('>') + 1), later.substring(later.indexOf(':') + 1, later.indexOf('>')));
        String stands = later.substring(later.indexOf('>') + 1);
        assertTrue(stands.equals("100") || stands.equals("200"), stands);
        assertEquals(List.of("driver-001=" + stands, "driver-002=92"), scores());
    }

    private static List<String> changes(JsonNode entries) {
        List<String> changes = new ArrayList<>();
        entries.forEach(e -> changes.add(e.get("userxtid").asText() + ":" + e.get("old").asText() + ">" + e.get("new").asText()));
        return changes;
    }
}
