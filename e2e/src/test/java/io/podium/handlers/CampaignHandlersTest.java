package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.adapters.dynamodb.DynamoDbCampaignStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.adapters.sqs.SqsRecomputeQueue;
import io.podium.api.campaigns.CreateCampaignHandler;
import io.podium.api.campaigns.DeleteCampaignHandler;
import io.podium.api.campaigns.GetCampaignHandler;
import io.podium.api.campaigns.ListCampaignsHandler;
import io.podium.api.campaigns.UpdateCampaignHandler;
import io.podium.json.Json;
import io.podium.leaderboards.BoardStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.podium.handlers.Fixtures.inCompany;
import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The campaign functions on the events/ fixtures, against the Campaigns table in the local DynamoDB engine. The runtime's
 * own consumer drains the real recompute queue, so the recompute assertions use a FIFO queue of this test's own.
 */
@ExtendWith(InProcessPodium.class)
class CampaignHandlersTest {
    private static final SqsClient SQS = Faults.sqs();
    private static final String QUEUE = SQS.createQueue(b -> b.queueName("campaign-handlers-test.fifo")
            .attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true"))).queueUrl();
    private static final String MARCH = "{\"id\":\"march-eco\",\"name\":\"March eco\",\"metric\":\"eco_score\","
            + "\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-31\"}";

    private static APIGatewayProxyRequestEvent fixture(String name, String copid) {
        return inCompany(EventLoader.loadApiGatewayRestEvent("../events/" + name), copid);
    }

    private static APIGatewayProxyRequestEvent withBody(APIGatewayProxyRequestEvent event, String body) {
        event.setBody(body);
        return event;
    }

    private static APIGatewayProxyRequestEvent withId(APIGatewayProxyRequestEvent event, String id) {
        Map<String, String> path = new HashMap<>(event.getPathParameters());
        path.put("id", id);
        event.setPathParameters(path);
        return event;
    }

    private static APIGatewayProxyRequestEvent withQuery(APIGatewayProxyRequestEvent event, Map<String, String> query) {
        event.setQueryStringParameters(query);
        return event;
    }

    private static JsonNode body(APIGatewayProxyResponseEvent response) {
        return Json.read(response.getBody());
    }

    private static void assertRefused(APIGatewayProxyResponseEvent response, int status, String code) {
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertEquals(code, body(response).get("error").get("code").asText(), response.getBody());
    }

    private static JsonNode create(String copid, String json) {
        APIGatewayProxyResponseEvent created = new CreateCampaignHandler().handleRequest(withBody(fixture("create-campaign.json", copid), json), null);
        assertEquals(201, created.getStatusCode(), created.getBody());
        return body(created);
    }

    private static APIGatewayProxyResponseEvent get(String copid, String id) {
        return new GetCampaignHandler().handleRequest(withId(fixture("get-campaign.json", copid), id), null);
    }

    private static JsonNode list(String copid, Map<String, String> query) {
        APIGatewayProxyResponseEvent listed = new ListCampaignsHandler().handleRequest(withQuery(fixture("list-campaigns.json", copid), query), null);
        assertEquals(200, listed.getStatusCode(), listed.getBody());
        return body(listed);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("data").forEach(campaign -> ids.add(campaign.get("id").asText()));
        return ids;
    }

    private static String campaign(String id, String metric, String start, String end) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"metric\":\"" + metric + "\",\"startDate\":\"" + start
                + "\",\"endDate\":\"" + end + "\"}";
    }

    @ParameterizedTest
    @Event(value = "../events/create-campaign.json", type = APIGatewayProxyRequestEvent.class)
    void theLambdaConstructedHandlersCreateReadAndReplace(APIGatewayProxyRequestEvent event) throws InterruptedException {
        String copid = newCompany();
        APIGatewayProxyResponseEvent created = new CreateCampaignHandler().handleRequest(inCompany(event, copid), null);
        assertEquals(201, created.getStatusCode(), created.getBody());
        JsonNode campaign = body(created);
        assertEquals("{\"id\":\"march-eco\",\"name\":\"March Eco-Driving Challenge\",\"metric\":\"eco_score\","
                + "\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-31\",\"aggregation\":\"total\","
                + "\"description\":\"The highest total eco score in March wins.\",\"status\":\"ended\","
                + "\"createdAt\":\"" + campaign.get("createdAt").asText() + "\",\"updatedAt\":\"" + campaign.get("createdAt").asText()
                + "\"}", created.getBody());
        assertEquals(campaign, body(get(copid, "march-eco")));
        assertEquals(List.of("march-eco"), ids(list(copid, Map.of())));

        Thread.sleep(2);
        APIGatewayProxyResponseEvent updated = new UpdateCampaignHandler().handleRequest(fixture("update-campaign.json", copid), null);
        assertEquals(200, updated.getStatusCode(), updated.getBody());
        JsonNode replaced = body(updated);
        assertEquals("average", replaced.get("aggregation").asText());
        assertEquals("The best average eco score in March wins.", replaced.get("description").asText());
        assertEquals(campaign.get("createdAt"), replaced.get("createdAt"));
        assertTrue(Instant.parse(replaced.get("updatedAt").asText()).isAfter(Instant.parse(campaign.get("updatedAt").asText())));
        assertEquals(replaced, body(get(copid, "march-eco")));

        APIGatewayProxyRequestEvent without = fixture("update-campaign.json", copid);
        withBody(without, "{\"name\":\"Renamed\",\"metric\":\"eco_score\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-31\"}");
        JsonNode renamed = body(new UpdateCampaignHandler().handleRequest(without, null));
        assertEquals("Renamed", renamed.get("name").asText());
        assertTrue(renamed.get("description").isNull(), "a full replacement drops the description");
        assertEquals("total", renamed.get("aggregation").asText(), "and the aggregation goes back to its default");
        assertEquals(renamed, body(get(copid, "march-eco")));
    }

    @Test
    void anIdIsMadeFromTheNameWhenNoneIsGiven() {
        String copid = newCompany();
        JsonNode created = create(copid, "{\"name\":\"Q3 Safety — Ranking!\",\"metric\":\"braking\","
                + "\"startDate\":\"2026-07-01\",\"endDate\":\"2026-09-30\"}");
        String id = created.get("id").asText();
        assertTrue(id.matches("q3-safety-ranking-[0-9a-f]{6}"), id);
        assertEquals(200, get(copid, id).getStatusCode());
        assertTrue(created.get("description").isNull());
    }

    @ParameterizedTest
    @Event(value = "../events/list-campaigns.json", type = APIGatewayProxyRequestEvent.class)
    void listsFilterByStatusAndMetricAndPageById(APIGatewayProxyRequestEvent event) {
        String copid = newCompany();
        create(copid, campaign("e-past", "eco_score", "2020-01-01", "2020-01-31"));
        create(copid, campaign("a-now", "eco_score", "2020-01-01", "2099-12-31"));
        create(copid, campaign("d-now", "braking", "2020-01-01", "2099-12-31"));
        create(copid, campaign("b-later", "eco_score", "2099-01-01", "2099-01-31"));
        create(copid, campaign("c-past", "braking", "2020-02-01", "2020-02-29"));

        JsonNode fixture = body(new ListCampaignsHandler().handleRequest(inCompany(event, copid), null));
        assertEquals(List.of("a-now", "b-later", "e-past"), ids(fixture), "the fixture asks for eco_score");
        assertTrue(fixture.get("next").isNull());

        assertEquals(List.of("a-now", "b-later", "c-past", "d-now", "e-past"), ids(list(copid, Map.of())));
        assertEquals(List.of("a-now", "d-now"), ids(list(copid, Map.of("status", "running"))));
        assertEquals(List.of("b-later"), ids(list(copid, Map.of("status", "scheduled"))));
        assertEquals(List.of("c-past", "e-past"), ids(list(copid, Map.of("status", "ended"))));
        assertEquals(List.of("c-past"), ids(list(copid, Map.of("status", "ended", "metric", "braking"))));
        assertEquals(List.of(), ids(list(copid, Map.of("metric", "fuel"))));
        assertEquals("running", list(copid, Map.of("status", "running")).get("data").get(0).get("status").asText());

        List<String> seen = new ArrayList<>();
        Map<String, String> query = new HashMap<>(Map.of("limit", "2"));
        int pages = 0;
        JsonNode page;
        do {
            page = list(copid, query);
            seen.addAll(ids(page));
            query.put("cursor", page.get("next").asText());
            pages++;
        } while (!page.get("next").isNull());
        assertEquals(List.of("a-now", "b-later", "c-past", "d-now", "e-past"), seen);
        assertEquals(3, pages);

        JsonNode filtered = list(copid, Map.of("limit", "1", "status", "ended"));
        assertEquals(List.of("c-past"), ids(filtered));
        assertEquals(List.of("e-past"), ids(list(copid, Map.of("limit", "1", "status", "ended",
                "cursor", filtered.get("next").asText()))));
        assertTrue(list(copid, Map.of("limit", "2", "status", "ended")).get("next").isNull(), "no dead-end cursor");
    }

    @Test
    void listRefusesBadParameters() {
        String copid = newCompany();
        for (Map<String, String> query : List.of(Map.of("status", "active"), Map.of("status", ""), Map.of("metric", "e c o"),
                Map.of("limit", "0"), Map.of("limit", "101"), Map.of("limit", "ten"), Map.of("cursor", "%%"))) {
            APIGatewayProxyResponseEvent refused = new ListCampaignsHandler().handleRequest(
                    withQuery(fixture("list-campaigns.json", copid), query), null);
            assertRefused(refused, 400, "validation_failed");
            assertEquals(query.keySet().iterator().next(), body(refused).get("error").get("details").get(0).get("field").asText());
        }
        assertEquals(0, list(copid, Map.of("limit", "100")).get("data").size(), "100 is a valid limit");
    }

    @Test
    void theStatusIsTheUtcDayOnTheInjectedClock() {
        String copid = newCompany();
        create(copid, MARCH);
        DynamoDbCampaignStore store = new DynamoDbCampaignStore(Faults.dynamoDb(), Tables.campaigns());
        Map<String, String> expected = Map.of(
                "2026-02-28T23:59:59Z", "scheduled",
                "2026-03-01T00:00:00Z", "running",
                "2026-03-31T23:59:59Z", "running",
                "2026-04-01T00:00:00Z", "ended");
        expected.forEach((instant, status) -> {
            // Tokyo is already on the next day at these instants: the status must not follow the clock's zone.
            Clock clock = Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Tokyo"));
            APIGatewayProxyResponseEvent found = new GetCampaignHandler(store, clock)
                    .handleRequest(withId(fixture("get-campaign.json", copid), "march-eco"), null);
            assertEquals(status, body(found).get("status").asText(), instant);
            APIGatewayProxyResponseEvent listed = new ListCampaignsHandler(store, clock).handleRequest(
                    withQuery(fixture("list-campaigns.json", copid), Map.of("status", status)), null);
            assertEquals(List.of("march-eco"), ids(body(listed)), instant);
        });
    }

    @Test
    void unknownCampaignsAre404AndNothingIsCreated() {
        String copid = newCompany();
        for (String id : List.of("nope", "Not_A_Slug", "a".repeat(65))) {
            assertRefused(get(copid, id), 404, "campaign_not_found");
            assertRefused(new UpdateCampaignHandler().handleRequest(
                    withBody(withId(fixture("update-campaign.json", copid), id), MARCH.replace("march-eco", id)), null),
                    404, "campaign_not_found");
            assertRefused(new DeleteCampaignHandler().handleRequest(withId(fixture("delete-campaign.json", copid), id), null),
                    404, "campaign_not_found");
        }
        assertEquals(List.of(), ids(list(copid, Map.of())), "a PUT of an unknown id must not create it");
    }

    @Test
    void aTakenIdIs409AndTheCampaignStaysAsItWas() {
        String copid = newCompany();
        JsonNode original = create(copid, MARCH);
        APIGatewayProxyResponseEvent again = new CreateCampaignHandler().handleRequest(withBody(fixture("create-campaign.json", copid),
                MARCH.replace("March eco", "Impostor").replace("eco_score", "braking")), null);
        assertRefused(again, 409, "campaign_exists");
        assertEquals(original, body(get(copid, "march-eco")));
    }

    @Test
    void invalidWritesChangeNothing() {
        String copid = newCompany();
        JsonNode original = create(copid, MARCH);
        APIGatewayProxyResponseEvent otherId = new UpdateCampaignHandler().handleRequest(
                withBody(fixture("update-campaign.json", copid), MARCH.replace("\"id\":\"march-eco\"", "\"id\":\"april-eco\"")), null);
        assertRefused(otherId, 400, "validation_failed");
        assertEquals("id", body(otherId).get("error").get("details").get(0).get("field").asText());

        APIGatewayProxyResponseEvent badDates = new UpdateCampaignHandler().handleRequest(
                withBody(fixture("update-campaign.json", copid), MARCH.replace("2026-03-31", "2026-02-01")), null);
        assertRefused(badDates, 400, "validation_failed");
        assertRefused(new UpdateCampaignHandler().handleRequest(
                withBody(fixture("update-campaign.json", copid), "{\"name\":7}"), null), 400, "invalid_json");
        assertRefused(new CreateCampaignHandler().handleRequest(
                withBody(fixture("create-campaign.json", copid), MARCH.replace("march-eco", "other").replace("eco_score", "eco score")),
                null), 400, "validation_failed");
        assertEquals(original, body(get(copid, "march-eco")));
        assertEquals(List.of("march-eco"), ids(list(copid, Map.of())));
    }

    @Test
    void createAndDefinitionChangesQueueABoardRebuildButARenameDoesNot() {
        String copid = newCompany();
        CreateCampaignHandler create = new CreateCampaignHandler(store(), new SqsRecomputeQueue(SQS, QUEUE), Clock.systemUTC());
        UpdateCampaignHandler update = new UpdateCampaignHandler(store(), new SqsRecomputeQueue(SQS, QUEUE), Clock.systemUTC());

        assertEquals(201, create.handleRequest(withBody(fixture("create-campaign.json", copid), MARCH), null).getStatusCode());
        Message created = awaitMessageFor(copid).orElseThrow(() -> new AssertionError("create queued nothing"));
        assertEquals("{\"copid\":\"" + copid + "\",\"metric\":\"eco_score\",\"finalizedThrough\":null}", created.body());
        assertEquals(copid + "#eco_score", created.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID));

        String renamed = MARCH.replace("March eco", "March eco, renamed")
                .replace("}", ",\"description\":\"now with a description\"}");
        assertEquals(200, update.handleRequest(withBody(fixture("update-campaign.json", copid), renamed), null).getStatusCode());
        assertEquals(Optional.empty(), awaitMessageFor(copid), "name and description do not change the board");

        for (String changed : List.of(renamed.replace("2026-03-31", "2026-03-30"), renamed.replace("2026-03-01", "2026-03-02"),
                renamed.replace("}", ",\"aggregation\":\"best_day\"}"))) {
            assertEquals(200, update.handleRequest(withBody(fixture("update-campaign.json", copid), changed), null).getStatusCode());
            assertTrue(awaitMessageFor(copid).isPresent(), "a changed definition must queue a rebuild: " + changed);
        }
        String otherMetric = MARCH.replace("eco_score", "braking");
        assertEquals(200, update.handleRequest(withBody(fixture("update-campaign.json", copid), otherMetric), null).getStatusCode());
        Message moved = awaitMessageFor(copid).orElseThrow(() -> new AssertionError("a metric change queued nothing"));
        assertEquals("braking", Json.read(moved.body()).get("metric").asText());
    }

    @Test
    void aLostSendAnswers503ButTheCampaignIsSaved() {
        String copid = newCompany();
        SqsClient down = Faults.sqs(new Faults.Unreachable("SendMessage"));
        CreateCampaignHandler create = new CreateCampaignHandler(store(), new SqsRecomputeQueue(down, QUEUE), Clock.systemUTC());
        APIGatewayProxyResponseEvent failed = create.handleRequest(withBody(fixture("create-campaign.json", copid),
                MARCH.replace("\"id\":\"march-eco\",", "")), null);
        assertRefused(failed, 503, "recompute_not_queued");
        assertEquals("1", failed.getHeaders().get("Retry-After"));

        List<String> saved = ids(list(copid, Map.of()));
        assertEquals(1, saved.size());
        assertTrue(body(failed).get("error").get("message").asText().contains(saved.get(0)), "the refusal names the generated id");

        UpdateCampaignHandler update = new UpdateCampaignHandler(store(), new SqsRecomputeQueue(down, QUEUE), Clock.systemUTC());
        APIGatewayProxyResponseEvent notQueued = update.handleRequest(withBody(withId(fixture("update-campaign.json", copid),
                saved.get(0)), MARCH.replace("\"id\":\"march-eco\",", "").replace("eco_score", "braking")), null);
        assertRefused(notQueued, 503, "recompute_not_queued");
        assertEquals("braking", body(get(copid, saved.get(0))).get("metric").asText());
    }

    @ParameterizedTest
    @Event(value = "../events/delete-campaign.json", type = APIGatewayProxyRequestEvent.class)
    void deleteRemovesTheCampaignAndItsBoard(APIGatewayProxyRequestEvent event) {
        String copid = newCompany();
        create(copid, MARCH);
        List<String> boardCalls = new CopyOnWriteArrayList<>();
        BoardStore boards = (BoardStore) Proxy.newProxyInstance(BoardStore.class.getClassLoader(), new Class<?>[]{BoardStore.class},
                (proxy, method, args) -> {
                    boardCalls.add(method.getName() + List.of(args));
                    return null;
                });
        DeleteCampaignHandler delete = new DeleteCampaignHandler(store(), boards);

        APIGatewayProxyResponseEvent deleted = delete.handleRequest(inCompany(event, copid), null);
        assertEquals(204, deleted.getStatusCode(), deleted.getBody());
        assertEquals(List.of("delete[" + copid + ", march-eco]"), boardCalls);
        assertRefused(get(copid, "march-eco"), 404, "campaign_not_found");
        assertRefused(delete.handleRequest(event, null), 404, "campaign_not_found");
        assertEquals(List.of(), ids(list(copid, Map.of())));
    }

    @ParameterizedTest
    @Event(value = "../events/delete-campaign.json", type = APIGatewayProxyRequestEvent.class)
    void theLambdaConstructedDeleteHandlerDeletes(APIGatewayProxyRequestEvent event) {
        String copid = newCompany();
        create(copid, MARCH);
        APIGatewayProxyResponseEvent deleted = new DeleteCampaignHandler().handleRequest(inCompany(event, copid), null);
        assertEquals(204, deleted.getStatusCode(), deleted.getBody());
        assertRefused(get(copid, "march-eco"), 404, "campaign_not_found");
        assertEquals(201, new CreateCampaignHandler().handleRequest(withBody(fixture("create-campaign.json", copid), MARCH), null)
                .getStatusCode(), "the id is free again");
    }

    @Test
    void writesNeedTheHubScopeAndReadsAcceptReadOrHub() {
        String copid = newCompany();
        create(copid, MARCH);
        String readOnly = "read scores:write scores:finalize";
        assertRefused(new CreateCampaignHandler().handleRequest(Fixtures.withScopes(
                withBody(fixture("create-campaign.json", copid), MARCH.replace("march-eco", "other")), readOnly), null),
                403, "insufficient_scope");
        assertRefused(new UpdateCampaignHandler().handleRequest(Fixtures.withScopes(
                withBody(fixture("update-campaign.json", copid), MARCH.replace("March eco", "Hijacked")), readOnly), null),
                403, "insufficient_scope");
        assertRefused(new DeleteCampaignHandler().handleRequest(Fixtures.withScopes(fixture("delete-campaign.json", copid), readOnly),
                null), 403, "insufficient_scope");
        assertEquals("March eco", body(get(copid, "march-eco")).get("name").asText());
        assertEquals(List.of("march-eco"), ids(list(copid, Map.of())));

        for (String scopes : List.of("read", "hub")) {
            assertEquals(200, new GetCampaignHandler().handleRequest(Fixtures.withScopes(fixture("get-campaign.json", copid), scopes),
                    null).getStatusCode(), scopes);
            assertEquals(200, new ListCampaignsHandler().handleRequest(Fixtures.withScopes(fixture("list-campaigns.json", copid), scopes),
                    null).getStatusCode(), scopes);
        }
        assertRefused(new GetCampaignHandler().handleRequest(Fixtures.withScopes(fixture("get-campaign.json", copid), "scores:write"),
                null), 403, "insufficient_scope");

        APIGatewayProxyRequestEvent elsewhere = fixture("get-campaign.json", copid);
        elsewhere.getPathParameters().put("copid", newCompany());
        assertRefused(new GetCampaignHandler().handleRequest(elsewhere, null), 403, "forbidden");
    }

    private static DynamoDbCampaignStore store() {
        return new DynamoDbCampaignStore(Faults.dynamoDb(), Tables.campaigns());
    }

    /** Other tests share the queue, so look for this company's message and leave the rest. */
    private static Optional<Message> awaitMessageFor(String copid) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(3));
        while (Instant.now().isBefore(deadline)) {
            for (Message message : SQS.receiveMessage(r -> r.queueUrl(QUEUE).maxNumberOfMessages(10).waitTimeSeconds(1)
                    .visibilityTimeout(0).messageSystemAttributeNames(MessageSystemAttributeName.MESSAGE_GROUP_ID)).messages()) {
                if (Json.read(message.body()).get("copid").asText().equals(copid)) {
                    SQS.deleteMessage(d -> d.queueUrl(QUEUE).receiptHandle(message.receiptHandle()));
                    return Optional.of(message);
                }
            }
        }
        return Optional.empty();
    }
}
