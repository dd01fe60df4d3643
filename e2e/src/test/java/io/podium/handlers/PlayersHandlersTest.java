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
import io.podium.api.players.SearchPlayersHandler;
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

    /** The ids a search answers, in order. */
    private static List<String> search(String copid, String pattern, String skip, String limit) {
        APIGatewayProxyRequestEvent event = event("search-players", copid);
        event.setQueryStringParameters(Map.of("pattern", pattern, "skip", skip, "limit", limit));
        APIGatewayProxyResponseEvent response = new SearchPlayersHandler().handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        List<String> ids = new ArrayList<>();
        body(response).forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static APIGatewayProxyResponseEvent update(String copid, String id, String body) {
        APIGatewayProxyRequestEvent event = onPlayer("update-player", copid, id);
        event.setBody(body);
        return new UpdatePlayerHandler().handleRequest(event, null);
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

    @Test
    void theFixtureSearchesAsTheSeedShowsIt() {
        String copid = newCompany();
        create(copid, "{\"id\":\"johngalt\",\"alias\":\"John Galt\"}");
        create(copid, "{\"id\":\"j520e2403\",\"alias\":\"Johny Jose\"}");
        create(copid, "{\"id\":\"rob\",\"alias\":\"RVD\"}");
        APIGatewayProxyResponseEvent found = new SearchPlayersHandler().handleRequest(event("search-players", copid), null);
        assertEquals(200, found.getStatusCode(), found.getBody());
        assertEquals("[{\"alias\":\"John Galt\",\"id\":\"johngalt\"},{\"alias\":\"Johny Jose\",\"id\":\"j520e2403\"}]",
                found.getBody());
    }

    @Test
    void aSearchMatchesAPrefixOfAnyWordOrOfTheIdOnceEachWithoutCaseOrAccents() {
        String copid = newCompany();
        create(copid, "{\"id\":\"johngalt\",\"alias\":\"John Galt\"}");
        create(copid, "{\"id\":\"jj\",\"alias\":\"Johny Jose\"}");
        create(copid, "{\"id\":\"mary\",\"alias\":\"Mary Jo Smith\"}");
        create(copid, "{\"id\":\"zoe\",\"alias\":\"Zoë Ångström\"}");
        // In the order of each one's first matching term: "jo", then "john galt", then "johny jose".
        assertEquals(List.of("mary", "johngalt", "jj"), search(copid, "jo", "0", "10"));
        assertEquals(List.of("johngalt"), search(copid, "jo", "1", "1"));
        assertEquals(List.of("zoe"), search(copid, "ÅNG", "0", "10"));
        assertEquals(List.of("zoe"), search(copid, "zoe an", "0", "10"), "the whole alias too");
        assertEquals(List.of("johngalt"), search(copid, "JOHNG", "0", "10"), "the id");
        assertEquals(List.of(), search(copid, "galtx", "0", "10"));
        assertEquals(4, search(copid, "", "0", "10").size(), "no pattern: every player, once");

        new DisablePlayerHandler().handleRequest(onPlayer("disable-player", copid, "jj"), null);
        assertEquals(List.of("mary", "johngalt"), search(copid, "jo", "0", "10"), "a disabled player is found nowhere");
        new EnablePlayerHandler().handleRequest(onPlayer("enable-player", copid, "jj"), null);
        assertEquals(List.of("mary", "johngalt", "jj"), search(copid, "jo", "0", "10"));

        assertEquals(200, update(copid, "mary", "{\"alias\":\"Mary Smith\"}").getStatusCode());
        assertEquals(List.of("johngalt", "jj"), search(copid, "jo", "0", "10"), "the old alias's words are gone");
        assertEquals(List.of("mary"), search(copid, "smi", "0", "10"));
        assertEquals(List.of(), search(newCompany(), "jo", "0", "10"), "another game");

        APIGatewayProxyRequestEvent tooLong = event("search-players", copid);
        tooLong.setQueryStringParameters(Map.of("pattern", "j".repeat(256)));
        APIGatewayProxyResponseEvent refused = new SearchPlayersHandler().handleRequest(tooLong, null);
        assertEquals(400, refused.getStatusCode());
        assertEquals("validation_exception", body(refused).get("error").asText());
    }

    /** Changes of one player at once, each of another field, and renames: none is lost, and the search follows. */
    @Test
    void concurrentChangesOfOnePlayerAllLandAndItsSearchTermsFollowTheLast() throws Exception {
        String copid = newCompany();
        create(copid, "{\"id\":\"rob\",\"alias\":\"Rob\"}");
        List<String> fields = List.of("first_name", "last_name", "email", "phone_number", "job_title", "profile_picture");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String field : fields) {
                answers.add(pool.submit(() -> update(copid, "rob", "{\"" + field + "\":\"x\"}").getStatusCode()));
            }
            for (String alias : List.of("Alpha", "Bravo", "Charlie", "Delta")) {
                answers.add(pool.submit(() -> update(copid, "rob", "{\"alias\":\"" + alias + "\"}").getStatusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode rob = body(get(copid, "rob"));
        fields.forEach(field -> assertEquals("x", rob.path(field).asText(), field + " was lost: " + rob));
        String alias = rob.get("alias").asText();
        for (String word : List.of("rob", "alpha", "bravo", "charlie", "delta")) {
            boolean current = word.equals("rob") || word.equalsIgnoreCase(alias);
            assertEquals(current ? List.of("rob") : List.of(), search(copid, word, "0", "10"),
                    "searching " + word + " with the alias " + alias);
        }
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
