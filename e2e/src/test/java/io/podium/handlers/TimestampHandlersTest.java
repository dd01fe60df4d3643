package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.api.campaigns.CreateCampaignHandler;
import io.podium.api.campaigns.GetCampaignHandler;
import io.podium.api.campaigns.ListCampaignsHandler;
import io.podium.api.campaigns.UpdateCampaignHandler;
import io.podium.api.metrics.ListMetricsHandler;
import io.podium.api.scores.FinalizeScoresHandler;
import io.podium.api.scores.GetScoresHandler;
import io.podium.api.scores.SubmitScoresHandler;
import io.podium.api.settings.GetSettingsHandler;
import io.podium.api.settings.PutSettingsHandler;
import io.podium.api.tokens.CreateTokenHandler;
import io.podium.api.tokens.ListTokensHandler;
import io.podium.api.tokens.RevokeTokenHandler;
import io.podium.json.Json;
import io.podium.wiring.Wiring;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.podium.handlers.Fixtures.inCompany;
import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every ISO-8601 time a route returns is UTC with exactly three fractional digits, as docs/api.md shows it: on a
 * clock that stands on a whole second (Instant.toString would drop the fraction) and on one with nanoseconds
 * (Instant.toString would print nine digits). The times go through the DynamoDB engine and back, as they are stored.
 */
@ExtendWith(InProcessPodium.class)
class TimestampHandlersTest {
    private static final String MARCH = "{\"id\":\"march-eco\",\"name\":\"March eco\",\"metric\":\"eco_score\","
            + "\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-31\"}";

    private static APIGatewayProxyRequestEvent fixture(String name) {
        return EventLoader.loadApiGatewayRestEvent("../events/" + name);
    }

    private static JsonNode ok(APIGatewayProxyResponseEvent response) {
        assertTrue(response.getStatusCode() == 200 || response.getStatusCode() == 201, response.getBody());
        return Json.read(response.getBody());
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-02T10:15:00Z,           2026-03-02T10:15:00.000Z",
            "2026-03-02T10:15:23.667613035Z, 2026-03-02T10:15:23.667Z",
    })
    void everyRouteReturnsItsTimesWithExactlyThreeFractionalDigits(String now, String expected) {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        Wiring wiring = new Wiring(Faults::dynamoDb, Faults::sqs, clock);
        String copid = newCompany();
        Map<String, String> times = new LinkedHashMap<>();

        ok(new SubmitScoresHandler(wiring.scores(), clock).handleRequest(inCompany(fixture("submit-scores.json"), copid), null));
        JsonNode scores = ok(new GetScoresHandler(wiring.scores(), wiring.metrics())
                .handleRequest(inCompany(fixture("get-scores.json"), copid), null));
        scores.get("scores").forEach(score -> times.put("GET scores " + score.get("userxtid").asText() + " updatedAt",
                score.get("updatedAt").asText()));
        JsonNode finalized = ok(new FinalizeScoresHandler(wiring.finalizer())
                .handleRequest(inCompany(fixture("finalize-scores.json"), copid), null));
        times.put("POST scores/finalize createdAt", finalized.get("createdAt").asText());
        JsonNode metrics = ok(new ListMetricsHandler(wiring.metrics()).handleRequest(inCompany(fixture("list-metrics.json"), copid), null));
        times.put("GET metrics createdAt", metrics.get("data").get(0).get("createdAt").asText());

        APIGatewayProxyRequestEvent create = inCompany(fixture("create-campaign.json"), copid);
        create.setBody(MARCH);
        JsonNode created = ok(new CreateCampaignHandler(wiring.campaigns(), wiring.recomputeQueue(), clock).handleRequest(create, null));
        JsonNode read = ok(new GetCampaignHandler(wiring.campaigns(), clock)
                .handleRequest(inCompany(fixture("get-campaign.json"), copid), null));
        JsonNode listed = ok(new ListCampaignsHandler(wiring.campaigns(), clock)
                .handleRequest(inCompany(fixture("list-campaigns.json"), copid), null)).get("data").get(0);
        APIGatewayProxyRequestEvent update = inCompany(fixture("update-campaign.json"), copid);
        update.setBody(MARCH.replace("March eco", "March eco, renamed"));
        JsonNode updated = ok(new UpdateCampaignHandler(wiring.campaigns(), wiring.recomputeQueue(), clock).handleRequest(update, null));
        for (Map.Entry<String, JsonNode> campaign : Map.of("POST campaigns", created, "GET campaigns/{id}", read,
                "GET campaigns", listed, "PUT campaigns/{id}", updated).entrySet()) {
            times.put(campaign.getKey() + " createdAt", campaign.getValue().get("createdAt").asText());
            times.put(campaign.getKey() + " updatedAt", campaign.getValue().get("updatedAt").asText());
        }

        times.put("PUT settings updatedAt", ok(new PutSettingsHandler(wiring.settings(), clock)
                .handleRequest(inCompany(fixture("put-settings.json"), copid), null)).get("updatedAt").asText());
        times.put("GET settings updatedAt", ok(new GetSettingsHandler(wiring.settings())
                .handleRequest(inCompany(fixture("get-settings.json"), copid), null)).get("updatedAt").asText());

        APIGatewayProxyRequestEvent createToken = fixture("create-token.json");
        createToken.setBody("{\"copid\":\"" + copid + "\",\"scopes\":[\"read\"],\"description\":\"times\"}");
        JsonNode token = ok(new CreateTokenHandler(wiring.tokens()).handleRequest(createToken, null));
        times.put("POST admin/tokens createdAt", token.get("createdAt").asText());
        APIGatewayProxyRequestEvent revoke = fixture("revoke-token.json");
        revoke.setPathParameters(Map.of("id", token.get("id").asText()));
        revoke.setPath("/v3/igr/admin/tokens/" + token.get("id").asText());
        assertEquals(204, new RevokeTokenHandler(wiring.tokens()).handleRequest(revoke, null).getStatusCode());
        APIGatewayProxyRequestEvent listTokens = fixture("list-tokens.json");
        listTokens.setQueryStringParameters(Map.of("copid", copid));
        JsonNode revoked = ok(new ListTokensHandler(wiring.tokens()).handleRequest(listTokens, null)).get("data").get(0);
        times.put("GET admin/tokens createdAt", revoked.get("createdAt").asText());
        times.put("GET admin/tokens revokedAt", revoked.get("revokedAt").asText());

        assertEquals(2, scores.get("scores").size(), "the fixture's first page");
        Map<String, String> expectedTimes = new LinkedHashMap<>();
        times.keySet().forEach(key -> expectedTimes.put(key, expected));
        assertEquals(expectedTimes, times);
    }
}
