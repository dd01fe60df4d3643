package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.api.game.GetGameHandler;
import io.podium.api.game.UpdateGameHandler;
import io.podium.auth.Scope;
import io.podium.json.Json;
import io.podium.tokens.IssuedToken;
import io.podium.wiring.Wiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.podium.handlers.Fixtures.asCompany;
import static io.podium.handlers.Fixtures.newCompany;
import static io.podium.handlers.Fixtures.withScopes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Playoff's game routes on their fixtures, against the Game and Tokens tables in the local DynamoDB engine. */
@ExtendWith(InProcessPodium.class)
class GameHandlersTest {
    private static APIGatewayProxyResponseEvent get(String copid, String scopes) {
        APIGatewayProxyRequestEvent event = withScopes(asCompany(EventLoader.loadApiGatewayRestEvent("../events/get-game.json"), copid), scopes);
        return new GetGameHandler().handleRequest(event, null);
    }

    private static APIGatewayProxyResponseEvent patch(String copid, String body) {
        APIGatewayProxyRequestEvent event = asCompany(EventLoader.loadApiGatewayRestEvent("../events/update-game.json"), copid);
        event.setBody(body);
        return new UpdateGameHandler().handleRequest(event, null);
    }

    private static JsonNode body(APIGatewayProxyResponseEvent response) {
        return Json.read(response.getBody());
    }

    @Test
    void aGameIsItsCompanyTitledByItsIdUntilNamed() {
        String copid = newCompany();
        IssuedToken first = Wiring.aws().tokens().install("pdm_game-" + copid, Optional.of(copid), Set.of(Scope.GAME), "first")
                .orElseThrow();
        JsonNode status = body(get(copid, "read"));
        assertEquals("Podium", status.get("name").asText());
        assertEquals("v2", status.get("version").asText());
        assertEquals("ok", status.get("status").asText());
        JsonNode game = status.get("game");
        assertEquals(copid, game.get("id").asText());
        assertEquals(copid, game.get("title").asText());
        assertEquals("", game.get("description").asText());
        assertEquals(false, game.get("listed").asBoolean());
        assertEquals("native", game.get("type").asText());
        assertEquals(io.podium.json.IsoTime.format(first.token().createdAt()), game.get("created").asText(),
                "the game began with its company's first token");

        APIGatewayProxyResponseEvent named = patch(copid, "{\"title\":\"Fleet Challenge\"}");
        assertEquals(200, named.getStatusCode(), named.getBody());
        assertEquals("Fleet Challenge", body(named).get("game").get("title").asText());
        patch(copid, "{\"description\":\"Safe driving, all year\"}");
        JsonNode both = body(get(copid, "game")).get("game");
        assertEquals("Fleet Challenge", both.get("title").asText(), "a description alone keeps the title");
        assertEquals("Safe driving, all year", both.get("description").asText());
    }

    /** A title and a description changed at once both land: each field is set on its own, never the whole item. */
    @Test
    void concurrentChangesOfDifferentFieldsBothLand() throws Exception {
        for (int round = 0; round < 5; round++) {
            String copid = newCompany();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var title = pool.submit(() -> patch(copid, "{\"title\":\"T\"}").getStatusCode());
                var description = pool.submit(() -> patch(copid, "{\"description\":\"D\"}").getStatusCode());
                assertEquals(200, title.get());
                assertEquals(200, description.get());
            } finally {
                pool.shutdownNow();
            }
            JsonNode game = body(get(copid, "read")).get("game");
            assertEquals("T", game.get("title").asText());
            assertEquals("D", game.get("description").asText());
        }
    }

    @Test
    void badBodiesAreValidationExceptionsAndChangeNothing() {
        String copid = newCompany();
        for (String bad : new String[]{"{}", "{\"title\":\"\"}", "{\"title\":7}", "not json", "{\"description\":\"" + "d".repeat(2001) + "\"}"}) {
            APIGatewayProxyResponseEvent refused = patch(copid, bad);
            assertEquals(400, refused.getStatusCode(), bad);
            assertEquals("validation_exception", body(refused).get("error").asText(), bad);
            assertTrue(body(refused).has("error_description"), bad);
        }
        assertEquals(copid, body(get(copid, "read")).get("game").get("title").asText());
    }

    @Test
    void scopesAndCredentialsAreCheckedInPlayoffsWords() {
        String copid = newCompany();
        APIGatewayProxyResponseEvent driver = get(copid, "");
        assertEquals(403, driver.getStatusCode());
        assertEquals("insufficient_scope", body(driver).get("error").asText());

        APIGatewayProxyRequestEvent readOnly = withScopes(asCompany(EventLoader.loadApiGatewayRestEvent("../events/update-game.json"), copid), "read");
        assertEquals(403, new UpdateGameHandler().handleRequest(readOnly, null).getStatusCode(), "read only reads");

        APIGatewayProxyRequestEvent expired = EventLoader.loadApiGatewayRestEvent("../events/get-game.json");
        Map<String, Object> anonymous = new HashMap<>(Map.of("tokenId", "", "credentials", "invalid"));
        expired.getRequestContext().setAuthorizer(anonymous);
        APIGatewayProxyResponseEvent refused = new GetGameHandler().handleRequest(expired, null);
        assertEquals(401, refused.getStatusCode());
        assertEquals("invalid_access_token", body(refused).get("error").asText());
        assertEquals("Bearer realm=\"podium\", error=\"invalid_token\"", refused.getHeaders().get("WWW-Authenticate"));

        anonymous.put("credentials", "missing");
        expired.getRequestContext().setAuthorizer(anonymous);
        APIGatewayProxyResponseEvent missing = new GetGameHandler().handleRequest(expired, null);
        assertEquals(401, missing.getStatusCode());
        assertEquals("Bearer realm=\"podium\"", missing.getHeaders().get("WWW-Authenticate"));
    }
}
