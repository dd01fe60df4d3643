package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.api.teams.ListTeamDefinitionsHandler;
import io.podium.api.teams.PutTeamDefinitionHandler;
import io.podium.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static io.podium.handlers.Fixtures.asCompany;
import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Team definitions on their fixtures, against the Game table in the local DynamoDB engine. */
@ExtendWith(InProcessPodium.class)
class TeamDefinitionsHandlersTest {
    private static APIGatewayProxyRequestEvent event(String fixture, String copid) {
        return asCompany(EventLoader.loadApiGatewayRestEvent("../events/" + fixture + ".json"), copid);
    }

    private static APIGatewayProxyResponseEvent put(String copid, String id, String body) {
        APIGatewayProxyRequestEvent event = event("put-team-definition", copid);
        event.setPathParameters(Map.of("definition_id", id));
        event.setBody(body);
        return new PutTeamDefinitionHandler().handleRequest(event, null);
    }

    private static JsonNode list(String copid) {
        APIGatewayProxyResponseEvent listed = new ListTeamDefinitionsHandler().handleRequest(event("list-team-definitions", copid), null);
        assertEquals(200, listed.getStatusCode(), listed.getBody());
        return Json.read(listed.getBody());
    }

    @Test
    void theFixtureDefinesAKindOfTeamOnceAndThenReplacesIt() {
        String copid = newCompany();
        APIGatewayProxyResponseEvent created = new PutTeamDefinitionHandler().handleRequest(event("put-team-definition", copid), null);
        assertEquals(201, created.getStatusCode(), created.getBody());
        JsonNode definition = Json.read(created.getBody());
        assertEquals("international", definition.get("id").asText());
        assertEquals("[\"admin\",\"member\",\"owner\",\"super_admin\"]", definition.get("roles").toString());
        assertEquals("[\"admin\",\"owner\"]", definition.get("creator_roles").toString());
        assertEquals("PRIVATE", definition.get("access").asText());

        APIGatewayProxyResponseEvent replaced = put(copid, "international",
                "{\"name\":\"International\",\"roles\":[\"member\",\"captain\"],\"creator_roles\":[\"captain\"]}");
        assertEquals(200, replaced.getStatusCode(), replaced.getBody());
        assertEquals("PUBLIC", Json.read(replaced.getBody()).get("access").asText(), "the most open when left out");
        assertEquals(201, put(copid, "club", "{\"name\":\"Club\",\"roles\":[\"member\"],\"creator_roles\":[\"member\"]}").getStatusCode());

        JsonNode listed = list(copid);
        assertEquals(2, listed.get("total").asInt());
        assertEquals(List.of("club", "international"), List.of(listed.get("data").get(0).get("id").asText(),
                listed.get("data").get(1).get("id").asText()));
        assertEquals("[\"member\",\"captain\"]", listed.get("data").get(1).get("roles").toString());
        assertEquals(0, list(newCompany()).get("total").asInt(), "another game has none");
    }

    @Test
    void badDefinitionsAre400AndWriteNothing() {
        String copid = newCompany();
        String good = "{\"name\":\"Club\",\"roles\":[\"member\"],\"creator_roles\":[\"member\"]}";
        for (String bad : List.of("{}", "{\"name\":\"Club\",\"roles\":[],\"creator_roles\":[\"member\"]}",
                "{\"name\":\"Club\",\"roles\":[\"member\"],\"creator_roles\":[\"owner\"]}",
                "{\"name\":\"Club\",\"roles\":[\"member\",\"member\"],\"creator_roles\":[\"member\"]}",
                "{\"name\":\"Club\",\"roles\":[\"1st\"],\"creator_roles\":[\"1st\"]}",
                "{\"name\":\"Club\",\"roles\":\"member\",\"creator_roles\":[\"member\"]}",
                "{\"name\":\"Club\",\"roles\":[\"member\"],\"creator_roles\":[\"member\"],\"access\":\"private\"}",
                "{\"name\":\"\",\"roles\":[\"member\"],\"creator_roles\":[\"member\"]}", "not json")) {
            APIGatewayProxyResponseEvent refused = put(copid, "club", bad);
            assertEquals(400, refused.getStatusCode(), bad);
            assertEquals("validation_exception", Json.read(refused.getBody()).get("error").asText(), bad);
        }
        APIGatewayProxyResponseEvent badId = put(copid, "1club", good);
        assertEquals(400, badId.getStatusCode());
        assertEquals("definition_id", Json.read(badId.getBody()).get("data").get(0).get("field").asText());
        assertEquals(0, list(copid).get("total").asInt());
    }
}
