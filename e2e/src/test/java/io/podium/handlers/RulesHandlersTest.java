package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.adapters.dynamodb.Tables;
import io.podium.api.gamemetrics.ListMetricDefinitionsHandler;
import io.podium.api.gamemetrics.PutMetricDefinitionHandler;
import io.podium.api.players.CreatePlayerHandler;
import io.podium.api.players.DisablePlayerHandler;
import io.podium.api.players.GetPlayerHandler;
import io.podium.api.players.ResetPlayerHandler;
import io.podium.api.rules.EvaluateRuleHandler;
import io.podium.api.rules.ListRulesHandler;
import io.podium.api.rules.PatchPlayerScoresHandler;
import io.podium.api.rules.PutRuleHandler;
import io.podium.api.rules.RevertHandler;
import io.podium.json.Json;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.podium.handlers.Fixtures.asCompany;
import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Playoff's point, set and state metrics and custom rules on their fixtures, against the local DynamoDB engine: a rule's
 * effects on each kind, its events in the seed's shape, everything checked before anything applies, a retried call
 * with its Idempotency-Key applying nothing twice, and evaluations of one player at once losing no update.
 */
@ExtendWith(InProcessPodium.class)
class RulesHandlersTest {
    static final String POINTS = "{\"name\":\"salary\",\"type\":\"point\",\"default\":5000,\"min\":0,\"max\":100000}";
    static final String WEAPONS = "{\"name\":\"Weapons\",\"type\":\"set\",\"items\":[{\"name\":\"Bhramastra\","
            + "\"description\":\"The Ultimate Weapon\"},{\"name\":\"Bow\",\"description\":\"A bow\"}]}";
    static final String RANK = "{\"name\":\"rank\",\"type\":\"state\",\"states\":[{\"name\":\"manager\","
            + "\"description\":\"Manages\"},{\"name\":\"gen_manager\",\"description\":\"Manages managers\"}]}";
    /** The seed's bonus rule: a raise of 2,000 when the threshold is met; the rank and a weapon come with it. */
    static final String BONUS = "{\"name\":\"performance bonus\",\"variables\":[{\"name\":\"threshold\",\"type\":\"int\","
            + "\"default\":0,\"required\":true},{\"name\":\"title\",\"type\":\"string\",\"default\":\"manager\",\"required\":false}],"
            + "\"effects\":[{\"metric\":\"salary\",\"verb\":\"add\",\"value\":2000,\"condition\":{\"variable\":\"threshold\","
            + "\"op\":\"ge\",\"value\":100000}},{\"metric\":\"weapons\",\"verb\":\"add\",\"item\":\"Bow\",\"value\":1},"
            + "{\"metric\":\"rank\",\"verb\":\"set\",\"value\":{\"variable\":\"title\"}}]}";

    static APIGatewayProxyRequestEvent event(String fixture, String copid) {
        return asCompany(EventLoader.loadApiGatewayRestEvent("../events/" + fixture + ".json"), copid);
    }

    static APIGatewayProxyResponseEvent defineMetric(String copid, String id, String body) {
        APIGatewayProxyRequestEvent event = event("put-metric-definition", copid);
        event.setPathParameters(Map.of("metric_id", id));
        event.setBody(body);
        return new PutMetricDefinitionHandler().handleRequest(event, null);
    }

    private static APIGatewayProxyResponseEvent defineRule(String copid, String id, String body) {
        APIGatewayProxyRequestEvent event = event("put-rule", copid);
        event.setPathParameters(Map.of("rule_id", id));
        event.setBody(body);
        return new PutRuleHandler().handleRequest(event, null);
    }

    static APIGatewayProxyResponseEvent evaluate(String copid, String rule, String body, String idempotencyKey) {
        APIGatewayProxyRequestEvent event = event("evaluate-rule", copid);
        event.setPathParameters(Map.of("rule_id", rule));
        event.setBody(body);
        if (idempotencyKey != null) {
            Map<String, String> headers = new HashMap<>(event.getHeaders());
            headers.put("Idempotency-Key", idempotencyKey);
            event.setHeaders(headers);
        }
        return new EvaluateRuleHandler().handleRequest(event, null);
    }

    private static void player(String copid, String id) {
        APIGatewayProxyRequestEvent event = event("create-player", copid);
        event.setBody("{\"id\":\"" + id + "\",\"alias\":\"" + id.toUpperCase() + "\"}");
        APIGatewayProxyResponseEvent created = new CreatePlayerHandler().handleRequest(event, null);
        assertEquals(201, created.getStatusCode(), created.getBody());
    }

    /** The player's profile scores, by metric id: the value as the seed shows it. */
    static Map<String, JsonNode> values(String copid, String id) {
        APIGatewayProxyRequestEvent event = event("get-player", copid);
        event.setPathParameters(Map.of("player_id", id));
        APIGatewayProxyResponseEvent profile = new GetPlayerHandler().handleRequest(event, null);
        assertEquals(200, profile.getStatusCode(), profile.getBody());
        Map<String, JsonNode> values = new HashMap<>();
        Json.read(profile.getBody()).get("scores").forEach(score -> values.put(score.get("metric").get("id").asText(), score.get("value")));
        return values;
    }

    static String game() {
        String copid = newCompany();
        assertEquals(201, defineMetric(copid, "salary", POINTS).getStatusCode());
        assertEquals(201, defineMetric(copid, "weapons", WEAPONS).getStatusCode());
        assertEquals(201, defineMetric(copid, "rank", RANK).getStatusCode());
        assertEquals(201, defineRule(copid, "bonus", BONUS).getStatusCode());
        for (String id : List.of("jane_doe", "john_doe", "jonnie_doe")) {
            player(copid, id);
        }
        return copid;
    }

    @Test
    void theSeedsEvaluationChangesEachKindOfMetricAndAnswersItsEvents() {
        String copid = game();
        assertEquals("{\"salary\":\"5000\",\"weapons\":{\"Bhramastra\":{\"description\":\"The Ultimate Weapon\",\"count\":\"0\"},"
                + "\"Bow\":{\"description\":\"A bow\",\"count\":\"0\"}},\"rank\":null}", profileJson(copid, "jane_doe"), "defaults");

        APIGatewayProxyResponseEvent evaluated = new EvaluateRuleHandler().handleRequest(event("evaluate-rule", copid), null);
        assertEquals(200, evaluated.getStatusCode(), evaluated.getBody());
        JsonNode answer = Json.read(evaluated.getBody());
        assertEquals(1, answer.size(), "one array per data entry");
        assertEquals(2, answer.get(0).size());
        JsonNode jane = answer.get(0).get(0);
        assertEquals("jane_doe", jane.get("player_id").asText());
        JsonNode event = jane.get("events").get("local").get(0);
        assertEquals("custom_rule", event.get("event").asText());
        assertEquals("{\"id\":\"jane_doe\",\"alias\":\"JANE_DOE\"}", event.get("actor").toString());
        assertEquals("[{\"metric\":{\"id\":\"salary\",\"name\":\"salary\",\"type\":\"point\"},\"delta\":{\"old\":\"5000\",\"new\":\"7000\"}},"
                + "{\"metric\":{\"id\":\"weapons\",\"name\":\"Weapons\",\"type\":\"set\"},\"item\":\"Bow\",\"delta\":{\"old\":\"0\",\"new\":\"1\"}},"
                + "{\"metric\":{\"id\":\"rank\",\"name\":\"rank\",\"type\":\"state\"},\"delta\":{\"old\":null,\"new\":\"manager\"}}]",
                event.get("changes").toString());
        assertTrue(event.get("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), event.toString());
        assertTrue(event.get("id").isTextual(), "what revert takes");
        assertEquals("[]", jane.get("events").get("global").toString());

        assertEquals("{\"salary\":\"7000\",\"weapons\":{\"Bhramastra\":{\"description\":\"The Ultimate Weapon\",\"count\":\"0\"},"
                + "\"Bow\":{\"description\":\"A bow\",\"count\":\"1\"}},\"rank\":{\"name\":\"manager\",\"description\":\"Manages\"}}",
                profileJson(copid, "jane_doe"));
        assertEquals("5000", values(copid, "jonnie_doe").get("salary").asText(), "not in the call");
    }

    private static String profileJson(String copid, String id) {
        Map<String, JsonNode> values = values(copid, id);
        return "{\"salary\":" + values.get("salary") + ",\"weapons\":" + values.get("weapons") + ",\"rank\":" + values.get("rank") + "}";
    }

    @Test
    void aConditionThatFailsChangesNothingAndAPointStaysWithinItsBounds() {
        String copid = game();
        assertEquals(201, defineRule(copid, "cut", "{\"name\":\"cut\",\"effects\":[{\"metric\":\"salary\",\"verb\":\"remove\","
                + "\"value\":999999}]}").getStatusCode());
        assertEquals(200, evaluate(copid, "bonus", "{\"data\":[{\"player_ids\":[\"jane_doe\"],\"variables\":{\"threshold\":5}}]}",
                null).getStatusCode());
        assertEquals("5000", values(copid, "jane_doe").get("salary").asText(), "below the threshold: no raise");
        assertEquals(200, evaluate(copid, "cut", "{\"data\":[{\"player_ids\":[\"jane_doe\"]}]}", null).getStatusCode());
        assertEquals("0", values(copid, "jane_doe").get("salary").asText(), "min 0");
    }

    /** Everything is checked before anything applies: one bad player or variable, and no player changes. */
    @Test
    void refusalsApplyNothing() {
        String copid = game();
        Map<String, APIGatewayProxyResponseEvent> refused = new HashMap<>();
        refused.put("rule_not_found", evaluate(copid, "nope", "{\"data\":[{\"player_ids\":[\"jane_doe\"]}]}", null));
        refused.put("player_not_found", evaluate(copid, "bonus",
                "{\"data\":[{\"player_ids\":[\"jane_doe\",\"ghost\"],\"variables\":{\"threshold\":200000}}]}", null));
        refused.put("validation_exception", evaluate(copid, "bonus", "{\"data\":[{\"player_ids\":[\"jane_doe\"]}]}", null));
        refused.put("validation_exception ", evaluate(copid, "bonus",
                "{\"data\":[{\"player_ids\":[\"jane_doe\"],\"variables\":{\"threshold\":\"high\"}}]}", null));
        APIGatewayProxyRequestEvent disable = event("disable-player", copid);
        disable.setPathParameters(Map.of("player_id", "john_doe"));
        assertEquals(200, new DisablePlayerHandler().handleRequest(disable, null).getStatusCode());
        refused.put("player_disabled", evaluate(copid, "bonus",
                "{\"data\":[{\"player_ids\":[\"jane_doe\",\"john_doe\"],\"variables\":{\"threshold\":200000}}]}", null));
        refused.put("validation_exception  ", evaluate(copid, "bonus", "{\"data\":[{\"player_ids\":[\"jane_doe\"],"
                + "\"variables\":{\"threshold\":200000}},{\"player_ids\":[\"jonnie_doe\"],\"variables\":{\"threshold\":1,"
                + "\"title\":\"janitor\"}}]}", null));
        refused.put("validation_exception   ", evaluate(copid, "bonus", "{\"data\":[{\"player_ids\":[\"jane_doe\",\"jane_doe\"],"
                + "\"variables\":{\"threshold\":200000}}]}", null));
        refused.forEach((code, response) -> assertEquals(code.strip(), Json.read(response.getBody()).get("error").asText(),
                response.getBody()));
        assertEquals("5000", values(copid, "jane_doe").get("salary").asText(), "nothing applied, not even the first entry");
        List<String> thousandAndOne = new ArrayList<>();
        for (int i = 0; i <= 1000; i++) {
            thousandAndOne.add("\"p" + i + "\"");
        }
        assertEquals(400, evaluate(copid, "bonus", "{\"data\":[{\"player_ids\":[" + String.join(",", thousandAndOne) + "]}]}",
                null).getStatusCode(), "at most 1,000 players a call");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAppliesNothingTwiceAndAnswersTheSame() {
        String copid = game();
        String body = "{\"data\":[{\"player_ids\":[\"jane_doe\"],\"variables\":{\"threshold\":200000}}]}";
        APIGatewayProxyResponseEvent first = evaluate(copid, "bonus", body, "raise-2026-03");
        APIGatewayProxyResponseEvent retried = evaluate(copid, "bonus", body, "raise-2026-03");
        assertEquals(200, retried.getStatusCode(), retried.getBody());
        assertEquals(first.getBody(), retried.getBody());
        assertEquals("7000", values(copid, "jane_doe").get("salary").asText(), "applied once");
        // The call's key is kept 24 hours (the Events table's TTL), then may go; the event stays.
        Map<String, AttributeValue> key = Stores.healthy().dynamo.getItem(get -> get.tableName(Tables.events())
                .key(Map.of("pk", AttributeValue.fromS(copid + "#eventkey"),
                        "sk", AttributeValue.fromS("custom_rule#k:raise-2026-03#0#jane_doe")))).item();
        long expires = Long.parseLong(key.get("expiresAtEpoch").n());
        long inADay = Instant.now().plus(Duration.ofHours(24)).getEpochSecond();
        assertTrue(Math.abs(expires - inADay) < 600, "expires " + expires + ", a day from now " + inADay);
        evaluate(copid, "bonus", body, "raise-2026-04");
        assertEquals("9000", values(copid, "jane_doe").get("salary").asText(), "another key is another raise");
    }

    /** Sixteen evaluations of one player at once: each reads, applies and writes on condition, so none is lost. */
    @Test
    void evaluationsOfOnePlayerAtOnceLoseNoUpdate() throws Exception {
        String copid = game();
        assertEquals(201, defineRule(copid, "tick", "{\"name\":\"tick\",\"effects\":[{\"metric\":\"salary\",\"verb\":\"add\","
                + "\"value\":1}]}").getStatusCode());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(() -> evaluate(copid, "tick", "{\"data\":[{\"player_ids\":[\"jane_doe\"]}]}", null)
                        .getStatusCode()));
            }
            for (Future<Integer> call : calls) {
                assertEquals(200, call.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals("5016", values(copid, "jane_doe").get("salary").asText());
    }

    @Test
    void definitionsAreListedWithTheMetricsOfDailyScoresAndATypeHeldIsLocked() {
        String copid = game();
        assertEquals(200, defineMetric(copid, "salary", POINTS.replace("5000", "100")).getStatusCode(), "replaced");
        JsonNode listed = Json.read(new ListMetricDefinitionsHandler().handleRequest(event("list-metric-definitions", copid), null)
                .getBody());
        assertEquals(5, listed.get("total").asInt(), "salary, weapons, rank, and EASI'R's level points and level");
        assertEquals("{\"id\":\"level_points\",\"name\":\"level_points\",\"type\":\"point\",\"read_only\":true}",
                listed.get("data").get(3).toString());
        assertEquals("level_8", listed.get("data").get(4).get("states").get(8).get("name").asText());
        assertEquals("{\"id\":\"salary\",\"name\":\"salary\",\"type\":\"point\",\"default\":100,\"min\":0,\"max\":100000,"
                + "\"read_only\":false}", listed.get("data").get(0).toString());
        assertEquals(200, evaluate(copid, "bonus", "{\"data\":[{\"player_ids\":[\"jane_doe\"],\"variables\":{\"threshold\":1}}]}",
                null).getStatusCode());
        APIGatewayProxyResponseEvent locked = defineMetric(copid, "salary", RANK);
        assertEquals(409, locked.getStatusCode(), locked.getBody());
        assertEquals("metric_type_locked", Json.read(locked.getBody()).get("error").asText());
        assertEquals(400, defineRule(copid, "bad", "{\"name\":\"bad\",\"effects\":[{\"metric\":\"rank\",\"verb\":\"add\","
                + "\"value\":\"manager\"}]}").getStatusCode(), "a state is only set");
        assertEquals(400, defineRule(copid, "bad", "{\"name\":\"bad\",\"effects\":[{\"metric\":\"weapons\",\"verb\":\"add\","
                + "\"item\":\"Sword\",\"value\":1}]}").getStatusCode(), "no such item");

        JsonNode rules = Json.read(new ListRulesHandler().handleRequest(event("list-rules", copid), null).getBody());
        assertEquals("[{\"id\":\"bonus\",\"name\":\"performance bonus\",\"type\":\"custom\",\"variables\":["
                + "{\"name\":\"threshold\",\"type\":\"int\",\"default\":0,\"required\":true},"
                + "{\"name\":\"title\",\"type\":\"string\",\"default\":\"manager\",\"required\":false}]}]", rules.toString());
    }

    static APIGatewayProxyResponseEvent revert(String copid, String player, String... eventIds) {
        APIGatewayProxyRequestEvent event = event("revert-player", copid);
        event.setPathParameters(Map.of("player_id", player));
        event.setBody("{\"event_ids\":[\"" + String.join("\",\"", eventIds) + "\"]}");
        return new RevertHandler().handleRequest(event, null);
    }

    /** A revert undoes the event's changes on the values as they are, once; only the player's rule events. */
    @Test
    void aRevertUndoesTheEventsChangesOnce() {
        String copid = game();
        JsonNode answer = Json.read(new EvaluateRuleHandler().handleRequest(event("evaluate-rule", copid), null).getBody());
        String janes = answer.get(0).get(0).get("events").get("local").get(0).get("id").asText();
        String johns = answer.get(0).get(1).get("events").get("local").get(0).get("id").asText();
        assertEquals(200, evaluate(copid, "bonus", "{\"data\":[{\"player_ids\":[\"jane_doe\"],\"variables\":{\"threshold\":200000}}]}",
                null).getStatusCode());
        assertEquals("9000", values(copid, "jane_doe").get("salary").asText());

        APIGatewayProxyResponseEvent reverted = revert(copid, "jane_doe", janes, johns, "404");
        assertEquals(200, reverted.getStatusCode(), reverted.getBody());
        JsonNode outcomes = Json.read(reverted.getBody());
        assertEquals(List.of("reverted", "not_found", "not_found"), outcomes.findValuesAsText("status"), "john's event is not jane's");
        assertEquals(janes, outcomes.get(0).get("event").asText());
        assertEquals("[{\"metric\":{\"id\":\"rank\",\"name\":\"rank\",\"type\":\"state\"},\"delta\":{\"old\":\"manager\",\"new\":null}},"
                + "{\"metric\":{\"id\":\"weapons\",\"name\":\"Weapons\",\"type\":\"set\"},\"item\":\"Bow\",\"delta\":{\"old\":\"2\",\"new\":\"1\"}},"
                + "{\"metric\":{\"id\":\"salary\",\"name\":\"salary\",\"type\":\"point\"},\"delta\":{\"old\":\"9000\",\"new\":\"7000\"}}]",
                outcomes.get(0).get("changes").toString(), "undone last change first, on the values as they are");
        assertEquals("7000", values(copid, "jane_doe").get("salary").asText());
        assertEquals("already_reverted", Json.read(revert(copid, "jane_doe", janes).getBody()).get(0).get("status").asText());
        assertEquals("7000", values(copid, "jane_doe").get("salary").asText(), "once");
        assertEquals(400, revert(copid, "jane_doe", "not an id").getStatusCode());
        assertEquals(404, revert(copid, "ghost", janes).getStatusCode());
    }

    /** By hand: each kind of metric as the issue writes it, a manual event; then a reset to the defaults. */
    @Test
    void aPatchChangesValuesByHandAndAResetPutsBackTheDefaults() {
        String copid = game();
        APIGatewayProxyResponseEvent patched = new PatchPlayerScoresHandler().handleRequest(event("patch-player-scores", copid), null);
        assertEquals(200, patched.getStatusCode(), patched.getBody());
        assertEquals(3, Json.read(patched.getBody()).get("changes").size());
        assertEquals("{\"salary\":\"5500\",\"weapons\":{\"Bhramastra\":{\"description\":\"The Ultimate Weapon\",\"count\":\"0\"},"
                + "\"Bow\":{\"description\":\"A bow\",\"count\":\"1\"}},\"rank\":{\"name\":\"manager\",\"description\":\"Manages\"}}",
                profileJson(copid, "jane_doe"));
        APIGatewayProxyRequestEvent bad = event("patch-player-scores", copid);
        for (String body : List.of("[]", "{}", "[{\"metric\":\"rank\",\"verb\":\"set\",\"value\":\"janitor\"}]",
                "[{\"metric\":\"weapons\",\"verb\":\"add\",\"value\":{\"Sword\":1}}]",
                "[{\"metric\":\"salary\",\"verb\":\"add\",\"value\":\"5\"}]")) {
            bad.setBody(body);
            assertEquals(400, new PatchPlayerScoresHandler().handleRequest(bad, null).getStatusCode(), body);
        }
        assertEquals("5500", values(copid, "jane_doe").get("salary").asText(), "a refused patch changes nothing");

        APIGatewayProxyResponseEvent reset = new ResetPlayerHandler().handleRequest(event("reset-player", copid), null);
        assertEquals(200, reset.getStatusCode(), reset.getBody());
        assertEquals("jane_doe", Json.read(reset.getBody()).get("id").asText(), "the profile, as the seed answers");
        assertEquals("{\"salary\":\"5000\",\"weapons\":{\"Bhramastra\":{\"description\":\"The Ultimate Weapon\",\"count\":\"0\"},"
                + "\"Bow\":{\"description\":\"A bow\",\"count\":\"0\"}},\"rank\":null}", profileJson(copid, "jane_doe"));
    }
}
