package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.api.players.CreatePlayerHandler;
import io.podium.api.players.DisablePlayerHandler;
import io.podium.api.players.EnablePlayerHandler;
import io.podium.api.players.GetPlayerHandler;
import io.podium.api.players.ListPlayersHandler;
import io.podium.api.players.PlayerAvailableHandler;
import io.podium.api.players.UpdatePlayerHandler;
import io.podium.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.podium.handlers.Fixtures.asCompany;
import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Playoff's player routes on their fixtures, against the Game table in the local DynamoDB engine. */
@ExtendWith(InProcessPodium.class)
class PlayersHandlersTest {
    private static APIGatewayProxyRequestEvent event(String fixture, String copid) {
        return asCompany(EventLoader.loadApiGatewayRestEvent("../events/" + fixture + ".json"), copid);
    }

    private static APIGatewayProxyResponseEvent create(String copid, String body) {
        APIGatewayProxyRequestEvent event = event("create-player", copid);
        event.setBody(body);
        return new CreatePlayerHandler().handleRequest(event, null);
    }

    private static APIGatewayProxyRequestEvent onPlayer(String fixture, String copid, String id) {
        APIGatewayProxyRequestEvent event = event(fixture, copid);
        event.setPathParameters(Map.of("player_id", id));
        return event;
    }

    private static APIGatewayProxyResponseEvent get(String copid, String id) {
        return new GetPlayerHandler().handleRequest(onPlayer("get-player", copid, id), null);
    }

    private static APIGatewayProxyResponseEvent list(String copid, String skip, String limit) {
        APIGatewayProxyRequestEvent event = event("list-players", copid);
        event.setQueryStringParameters(Map.of("skip", skip, "limit", limit));
        return new ListPlayersHandler().handleRequest(event, null);
    }

    private static JsonNode body(APIGatewayProxyResponseEvent response) {
        return Json.read(response.getBody());
    }

    @Test
    void theFixtureCreatesAPlayerAsTheSeedShowsIt() {
        String copid = newCompany();
        APIGatewayProxyResponseEvent created = new CreatePlayerHandler().handleRequest(event("create-player", copid), null);
        assertEquals(201, created.getStatusCode(), created.getBody());
        JsonNode player = body(created);
        assertEquals("rob", player.get("id").asText());
        assertEquals("RVD", player.get("alias").asText());
        assertEquals("[]", player.get("scores").toString());
        assertEquals("[]", player.get("teams").toString());
        assertTrue(player.get("enabled").asBoolean());
        assertTrue(player.get("bootstrap").asBoolean());
        assertEquals("Van Dam", player.get("last_name").asText());

        APIGatewayProxyResponseEvent again = new CreatePlayerHandler().handleRequest(event("create-player", copid), null);
        assertEquals(409, again.getStatusCode());
        assertEquals("player_exists", body(again).get("error").asText());

        JsonNode read = body(get(copid, "rob"));
        assertEquals(player.get("created"), read.get("created"));
        assertFalse(read.has("bootstrap"), "only the creation says so");
        assertEquals("Rob", read.get("first_name").asText());
    }

    @Test
    void availabilityIs200ForAFreeIdAnd409ForATakenOne() {
        String copid = newCompany();
        APIGatewayProxyResponseEvent free = new PlayerAvailableHandler().handleRequest(event("player-available", copid), null);
        assertEquals(200, free.getStatusCode(), free.getBody());
        create(copid, "{\"id\":\"rob\"}");
        APIGatewayProxyResponseEvent taken = new PlayerAvailableHandler().handleRequest(event("player-available", copid), null);
        assertEquals(409, taken.getStatusCode());
        assertEquals("player_exists", body(taken).get("error").asText());

        APIGatewayProxyRequestEvent missing = event("player-available", copid);
        missing.setQueryStringParameters(null);
        APIGatewayProxyResponseEvent refused = new PlayerAvailableHandler().handleRequest(missing, null);
        assertEquals(400, refused.getStatusCode());
        assertEquals("validation_exception", body(refused).get("error").asText());
    }

    @Test
    void theListPagesByIdWithTheTotal() {
        String copid = newCompany();
        for (String id : List.of("trinity", "neo", "morpheus", "_smith")) {
            assertEquals(201, create(copid, "{\"id\":\"" + id + "\",\"alias\":\"" + id.toUpperCase() + "\"}").getStatusCode());
        }
        JsonNode first = body(list(copid, "0", "2"));
        assertEquals(4, first.get("total").asInt());
        assertEquals("[{\"id\":\"_smith\",\"alias\":\"_SMITH\",\"enabled\":true},{\"id\":\"morpheus\",\"alias\":\"MORPHEUS\",\"enabled\":true}]",
                first.get("data").toString());
        JsonNode second = body(list(copid, "2", "2"));
        assertEquals("neo", second.get("data").get(0).get("id").asText());
        assertEquals("trinity", second.get("data").get(1).get("id").asText());
        assertEquals(0, body(list(copid, "4", "10")).get("data").size());
        assertEquals(0, body(list(newCompany(), "0", "10")).get("total").asInt(), "a game without players");

        for (String[] bad : new String[][]{{"-1", "10"}, {"0", "0"}, {"0", "101"}, {"x", "10"}}) {
            APIGatewayProxyResponseEvent refused = list(copid, bad[0], bad[1]);
            assertEquals(400, refused.getStatusCode(), String.join(",", bad));
            assertEquals("validation_exception", body(refused).get("error").asText());
        }
    }

    @Test
    void changesDisablingAndEnablingKeepEverythingElse() {
        String copid = newCompany();
        create(copid, "{\"id\":\"rob\",\"alias\":\"RVD\",\"email\":\"rob@example.com\",\"phone_number\":\"+3312\"}");
        APIGatewayProxyResponseEvent changed = new UpdatePlayerHandler().handleRequest(onPlayer("update-player", copid, "rob"), null);
        assertEquals(200, changed.getStatusCode(), changed.getBody());
        JsonNode player = body(changed);
        assertEquals("Rob V.", player.get("alias").asText());
        assertEquals("Driver", player.get("job_title").asText());
        assertFalse(player.has("email"), "null clears a field");
        assertEquals("+3312", player.get("phone_number").asText(), "a field left out stays");

        JsonNode disabled = body(new DisablePlayerHandler().handleRequest(onPlayer("disable-player", copid, "rob"), null));
        assertFalse(disabled.get("enabled").asBoolean());
        assertEquals("Rob V.", disabled.get("alias").asText());
        assertFalse(body(list(copid, "0", "10")).get("data").get(0).get("enabled").asBoolean(), "listed, as disabled");
        assertFalse(body(new DisablePlayerHandler().handleRequest(onPlayer("disable-player", copid, "rob"), null))
                .get("enabled").asBoolean(), "twice is fine");
        assertTrue(body(new EnablePlayerHandler().handleRequest(onPlayer("enable-player", copid, "rob"), null))
                .get("enabled").asBoolean());
    }

    @Test
    void unknownPlayersAre404AndBadBodiesWriteNothing() {
        String copid = newCompany();
        for (APIGatewayProxyResponseEvent response : List.of(get(copid, "ghost"), get(copid, "bad\u0001id"),
                new UpdatePlayerHandler().handleRequest(onPlayer("update-player", copid, "ghost"), null),
                new DisablePlayerHandler().handleRequest(onPlayer("disable-player", copid, "ghost"), null),
                new EnablePlayerHandler().handleRequest(onPlayer("enable-player", copid, "ghost"), null))) {
            assertEquals(404, response.getStatusCode(), response.getBody());
            assertEquals("player_not_found", body(response).get("error").asText());
        }
        for (String bad : List.of("{}", "{\"id\":\"1rob\"}", "{\"id\":\"ro-b\"}", "{\"id\":\"" + "r".repeat(129) + "\"}",
                "{\"id\":7}", "{\"id\":\"rob\",\"alias\":\"\"}", "{\"id\":\"rob\",\"email\":\"" + "e".repeat(256) + "\"}",
                "{\"id\":\"rob\",\"job_title\":[]}", "not json")) {
            APIGatewayProxyResponseEvent refused = create(copid, bad);
            assertEquals(400, refused.getStatusCode(), bad);
            assertEquals("validation_exception", body(refused).get("error").asText(), bad);
        }
        assertEquals(0, body(list(copid, "0", "10")).get("total").asInt());
        create(copid, "{\"id\":\"rob\"}");
        APIGatewayProxyRequestEvent empty = onPlayer("update-player", copid, "rob");
        empty.setBody("{}");
        assertEquals(400, new UpdatePlayerHandler().handleRequest(empty, null).getStatusCode());
        assertEquals("rob", body(get(copid, "rob")).get("alias").asText(), "an alias defaults to the id, and stays");
    }

    /** Two creations of one id at once: exactly one wins, and the count counts it once. */
    @Test
    void concurrentCreationsOfOneIdMakeOnePlayer() throws Exception {
        String copid = newCompany();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> create(copid, "{\"id\":\"rob\"}").getStatusCode()));
            }
            int created = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                assertTrue(status == 201 || status == 409, "status " + status);
                created += status == 201 ? 1 : 0;
            }
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, body(list(copid, "0", "10")).get("total").asInt());
    }
}
