package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.api.activity.GetPlayerActivityHandler;
import io.podium.api.gamemetrics.ListLevelDefinitionsHandler;
import io.podium.api.gamemetrics.PutLevelDefinitionHandler;
import io.podium.api.rules.PatchPlayerScoresHandler;
import io.podium.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static io.podium.handlers.RulesHandlersTest.defineMetric;
import static io.podium.handlers.RulesHandlersTest.evaluate;
import static io.podium.handlers.RulesHandlersTest.event;
import static io.podium.handlers.RulesHandlersTest.game;
import static io.podium.handlers.RulesHandlersTest.revert;
import static io.podium.handlers.RulesHandlersTest.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Levels on the rules' fixtures, against the local DynamoDB engine: a level moves its state when a change of its
 * points crosses a threshold (the evaluation's "global" event), a revert takes the level back, a patch moves it too,
 * EASI'R's level is listed as one of the game's levels, and what does not fit is refused with nothing stored.
 */
@ExtendWith(InProcessPodium.class)
class LevelsHandlersTest {
    /** The seed's career: a state metric of grades. */
    private static final String GRADE = "{\"name\":\"grade\",\"type\":\"state\",\"states\":[{\"name\":\"ast_manager\","
            + "\"description\":\"Assists\"},{\"name\":\"manager\",\"description\":\"Manages\"},{\"name\":\"gen_manager\","
            + "\"description\":\"Manages managers\"}]}";
    /** Salary moves the grade: manager from 6,000, general manager from 10,000, nothing below. */
    private static final String CAREER = "{\"name\":\"career\",\"metric\":\"salary\",\"state\":\"grade\",\"thresholds\":["
            + "{\"state\":\"manager\",\"min\":6000},{\"state\":\"gen_manager\",\"min\":10000}]}";
    private static final String RAISE = "{\"data\":[{\"player_ids\":[\"jane_doe\"],\"variables\":{\"threshold\":200000}}]}";

    private static APIGatewayProxyResponseEvent defineLevel(String copid, String id, String body) {
        APIGatewayProxyRequestEvent event = event("put-level-definition", copid);
        event.setPathParameters(Map.of("level_id", id));
        event.setBody(body);
        return new PutLevelDefinitionHandler().handleRequest(event, null);
    }

    private static String career() {
        String copid = game();
        assertEquals(201, defineMetric(copid, "grade", GRADE).getStatusCode());
        APIGatewayProxyResponseEvent defined = defineLevel(copid, "career", CAREER);
        assertEquals(201, defined.getStatusCode(), defined.getBody());
        assertEquals("{\"id\":\"career\"," + CAREER.substring(1), defined.getBody());
        return copid;
    }

    private static JsonNode raise(String copid) {
        APIGatewayProxyResponseEvent raised = evaluate(copid, "bonus", RAISE, null);
        assertEquals(200, raised.getStatusCode(), raised.getBody());
        return Json.read(raised.getBody()).get(0).get(0).get("events");
    }

    @Test
    void aLevelMovesWithItsPointsAsTheSeedsGlobalEventAndARevertTakesItBack() {
        String copid = career();
        JsonNode first = raise(copid);
        String firstId = first.get("local").get(0).get("id").asText();
        JsonNode level = first.get("global").get(0);
        assertEquals("level", level.get("event").asText());
        assertEquals("{\"id\":\"jane_doe\",\"alias\":\"JANE_DOE\"}", level.get("actor").toString());
        assertEquals("[{\"metric\":{\"id\":\"grade\",\"name\":\"grade\",\"type\":\"state\"},\"delta\":{\"old\":null,"
                + "\"new\":\"manager\"}}]", level.get("changes").toString(), "5,000 to 7,000 crosses 6,000");
        assertEquals(Long.parseLong(firstId) + 1, level.get("id").asLong(), "an event of its own, revert's id beside it");

        JsonNode second = raise(copid);
        assertEquals("[]", second.get("global").toString(), "9,000: no threshold crossed");
        JsonNode third = raise(copid);
        assertEquals("{\"old\":\"manager\",\"new\":\"gen_manager\"}",
                third.get("global").get(0).get("changes").get(0).get("delta").toString());
        assertEquals("gen_manager", values(copid, "jane_doe").get("grade").get("name").asText());

        JsonNode reverted = Json.read(revert(copid, "jane_doe", third.get("local").get(0).get("id").asText(),
                second.get("local").get(0).get("id").asText(), firstId).getBody());
        assertEquals("{\"metric\":{\"id\":\"grade\",\"name\":\"grade\",\"type\":\"state\"},\"delta\":{\"old\":\"gen_manager\","
                + "\"new\":\"manager\"}}", last(reverted.get(0).get("changes")).toString(), "11,000 back to 9,000");
        assertEquals("salary", last(reverted.get(1).get("changes")).get("metric").get("id").asText(),
                "7,000 is still a manager's");
        assertEquals("{\"metric\":{\"id\":\"grade\",\"name\":\"grade\",\"type\":\"state\"},\"delta\":{\"old\":\"manager\","
                + "\"new\":null}}", last(reverted.get(2).get("changes")).toString(), "the seed's null: no level remains");
        assertEquals("5000", values(copid, "jane_doe").get("salary").asText());
        assertEquals("null", values(copid, "jane_doe").get("grade").toString());
    }

    /** The player's feed names each change's metric as the game's catalog does: the set's name, the level's state. */
    @Test
    void theFeedNamesTheMetricsAsTheCatalogDoes() {
        String copid = career();
        raise(copid);
        APIGatewayProxyRequestEvent feed = event("get-player-activity", copid);
        feed.setPathParameters(Map.of("player_id", "jane_doe"));
        feed.setQueryStringParameters(null);
        APIGatewayProxyResponseEvent answered = new GetPlayerActivityHandler().handleRequest(feed, null);
        assertEquals(200, answered.getStatusCode(), answered.getBody());
        JsonNode events = Json.read(answered.getBody());
        assertEquals("level", events.get(0).get("event").asText(), "newest first: the level its rule caused");
        assertEquals("{\"id\":\"grade\",\"name\":\"grade\",\"type\":\"state\"}",
                events.get(0).get("changes").get(0).get("metric").toString());
        assertEquals("custom_rule", events.get(1).get("event").asText());
        assertEquals("{\"metric\":{\"id\":\"weapons\",\"name\":\"Weapons\",\"type\":\"set\"},\"item\":\"Bow\","
                + "\"delta\":{\"old\":\"0\",\"new\":\"1\"}}", events.get(1).get("changes").get(1).toString());
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    @Test
    void aPatchMovesALevelAndAnswersItsEvent() {
        String copid = career();
        APIGatewayProxyRequestEvent patch = event("patch-player-scores", copid);
        patch.setBody("[{\"metric\":\"salary\",\"verb\":\"set\",\"value\":12000}]");
        APIGatewayProxyResponseEvent patched = new PatchPlayerScoresHandler().handleRequest(patch, null);
        assertEquals(200, patched.getStatusCode(), patched.getBody());
        JsonNode body = Json.read(patched.getBody());
        assertEquals("{\"old\":null,\"new\":\"gen_manager\"}", body.get("global").get(0).get("changes").get(0).get("delta")
                .toString());
        assertEquals(body.get("id").asLong() + 1, body.get("global").get(0).get("id").asLong());
    }

    @Test
    void easirsLevelIsOneOfTheGamesLevelsAndReadOnly() {
        String copid = career();
        JsonNode listed = Json.read(new ListLevelDefinitionsHandler().handleRequest(event("list-level-definitions", copid), null)
                .getBody());
        assertEquals(2, listed.get("total").asInt());
        assertEquals("career", listed.get("data").get(0).get("id").asText());
        assertEquals(false, listed.get("data").get(0).get("read_only").asBoolean());
        JsonNode easir = listed.get("data").get(1);
        assertEquals("{\"id\":\"level\",\"name\":\"level\",\"metric\":\"level_points\",\"state\":\"level\"}",
                Json.object().put("id", easir.get("id").asText()).put("name", easir.get("name").asText())
                        .put("metric", easir.get("metric").asText()).put("state", easir.get("state").asText()).toString());
        assertEquals("{\"state\":\"level_8\",\"min\":3.90625}", easir.get("thresholds").get(8).toString(),
                "the EASI'R example's level_8");
        assertEquals(31, easir.get("thresholds").size(), "level_0 to level_30");
        assertEquals(true, easir.get("read_only").asBoolean());
    }

    /** What does not fit is refused, and the level stays as it was. */
    @Test
    void whatDoesNotFitIsRefused() {
        String copid = career();
        Map<String, String> refusals = Map.of(
                "level", CAREER,
                "on_a_state", CAREER.replace("\"metric\":\"salary\"", "\"metric\":\"rank\""),
                "no_such_state", CAREER.replace("gen_manager", "ceo"),
                "falling", CAREER.replace("10000", "5000"),
                "same_state", CAREER.replace("career", "again"));
        Map<String, String> codes = Map.of("level", "level_read_only", "on_a_state", "validation_exception",
                "no_such_state", "validation_exception", "falling", "validation_exception", "same_state", "level_state_taken");
        refusals.forEach((id, body) -> {
            APIGatewayProxyResponseEvent refused = defineLevel(copid, id, body);
            assertEquals(codes.get(id), Json.read(refused.getBody()).get("error").asText(), id + ": " + refused.getBody());
        });
        APIGatewayProxyResponseEvent breaking = defineMetric(copid, "grade", GRADE.replace("gen_manager", "ceo"));
        assertEquals(409, breaking.getStatusCode(), breaking.getBody());
        assertEquals("metric_in_level", Json.read(breaking.getBody()).get("error").asText());
        APIGatewayProxyResponseEvent easirs = defineMetric(copid, "level", GRADE);
        assertEquals("metric_read_only", Json.read(easirs.getBody()).get("error").asText());
        JsonNode listed = Json.read(new ListLevelDefinitionsHandler().handleRequest(event("list-level-definitions", copid), null)
                .getBody());
        assertEquals(2, listed.get("total").asInt(), "nothing stored");
    }
}
