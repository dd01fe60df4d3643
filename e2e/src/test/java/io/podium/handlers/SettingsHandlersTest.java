package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.adapters.dynamodb.DynamoDbSettingsStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.api.settings.GetSettingsHandler;
import io.podium.api.settings.PutSettingsHandler;
import io.podium.json.Json;
import io.podium.levels.LevelScale;
import io.podium.ranks.RankBasis;
import io.podium.ranks.RankRule;
import io.podium.ranks.SeedRule;
import io.podium.settings.CompanySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.podium.handlers.Fixtures.inCompany;
import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The settings functions on their fixtures, against the Settings table in the local DynamoDB engine. */
@ExtendWith(InProcessPodium.class)
class SettingsHandlersTest {
    private static final DynamoDbSettingsStore STORE = new DynamoDbSettingsStore(Faults.dynamoDb(), Tables.settings());

    private static APIGatewayProxyResponseEvent get(String copid) {
        return new GetSettingsHandler().handleRequest(inCompany(EventLoader.loadApiGatewayRestEvent("../events/get-settings.json"), copid), null);
    }

    private static APIGatewayProxyResponseEvent put(String copid, String body) {
        APIGatewayProxyRequestEvent event = inCompany(EventLoader.loadApiGatewayRestEvent("../events/put-settings.json"), copid);
        event.setBody(body);
        return new PutSettingsHandler().handleRequest(event, null);
    }

    private static JsonNode body(APIGatewayProxyResponseEvent response) {
        return Json.read(response.getBody());
    }

    private static List<String> autoFinalizing() {
        List<String> companies = new ArrayList<>();
        STORE.forEachAutoFinalizing(settings -> companies.add(settings.copid()));
        return companies;
    }

    @ParameterizedTest
    @Event(value = "../events/put-settings.json", type = APIGatewayProxyRequestEvent.class)
    void putsAndReadsBackTheDocument(APIGatewayProxyRequestEvent event) {
        String copid = newCompany();
        APIGatewayProxyResponseEvent never = get(copid);
        assertEquals(200, never.getStatusCode(), never.getBody());
        assertEquals("{\"autoFinalizeAfterDays\":null,\"levels\":{\"base\":0.030517578125,\"factor\":2.0,\"count\":30},"
                + "\"points\":null,\"rankRules\":{\"total_sales\":{\"rule\":\"total\",\"settings\":{\"metric\":\"total_sales\"}},"
                + "\"emails_sent\":{\"rule\":\"total\",\"settings\":{\"metric\":\"emails_sent\"}},"
                + "\"conversion_rate\":{\"rule\":\"ratio\",\"settings\":{\"metric\":\"conversions\","
                + "\"denominator_metric\":\"leads\",\"min_volume\":0}}},\"invitesNeedApproval\":true,\"updatedAt\":null}", never.getBody());

        APIGatewayProxyResponseEvent saved = new PutSettingsHandler().handleRequest(inCompany(event, copid), null);
        assertEquals(200, saved.getStatusCode(), saved.getBody());
        assertEquals(3, body(saved).get("autoFinalizeAfterDays").asInt());
        Instant updatedAt = Instant.parse(body(saved).get("updatedAt").asText());
        assertEquals(body(saved), body(get(copid)));
        CompanySettings stored = STORE.find(copid).orElseThrow();
        assertEquals(new CompanySettings(copid, Optional.of(3), stored.updatedAt()), stored);
        // The store keeps the clock's precision; the answer shows it to the millisecond, as every returned time.
        assertEquals(updatedAt, stored.updatedAt().truncatedTo(ChronoUnit.MILLIS));
        assertTrue(autoFinalizing().contains(copid));

        APIGatewayProxyResponseEvent off = put(copid, "{\"autoFinalizeAfterDays\":null,\"somethingLater\":true}");
        assertEquals(200, off.getStatusCode(), off.getBody());
        assertTrue(body(get(copid)).get("autoFinalizeAfterDays").isNull());
        assertTrue(body(get(copid)).get("updatedAt").isTextual());
        assertTrue(!autoFinalizing().contains(copid), "switched off, the company leaves the daily job");

        assertEquals(0, body(put(copid, "{\"autoFinalizeAfterDays\":0}")).get("autoFinalizeAfterDays").asInt());
        assertTrue(autoFinalizing().contains(copid), "0 days is on: finalize through today");

        // The level scale (a field left out keeps its default) and the point weights, read back as saved.
        JsonNode scaled = body(put(copid, "{\"levels\":{\"base\":100,\"count\":5},\"points\":{\"eco\":0.5}}"));
        assertEquals(Json.read("{\"base\":100.0,\"factor\":2.0,\"count\":5}"), scaled.get("levels"));
        assertEquals(Json.read("{\"eco\":0.5}"), scaled.get("points"));
        assertEquals(scaled, body(get(copid)));
    }

    @Test
    void levelsAndPointsAreKeptAndReadBack() {
        String copid = newCompany();
        JsonNode saved = body(put(copid, "{\"levels\":{\"base\":1,\"factor\":3,\"count\":5},\"points\":{\"km\":0.5,\"sales\":2}}"));
        assertEquals("{\"base\":1.0,\"factor\":3.0,\"count\":5}", saved.get("levels").toString());
        assertEquals("{\"km\":0.5,\"sales\":2.0}", saved.get("points").toString());
        assertEquals(saved, body(get(copid)));
        CompanySettings stored = STORE.find(copid).orElseThrow();
        assertEquals(new LevelScale(1, 3, 5), stored.levels());
        assertEquals(0.5, stored.weightOf("km"));
        assertEquals(0.0, stored.weightOf("other"), "a metric the points leave out is worth nothing");
        assertEquals(1.0, CompanySettings.defaults(copid).weightOf("other"), "without points every metric counts once");

        JsonNode partial = body(put(copid, "{\"levels\":{\"count\":10}}"));
        assertEquals("{\"base\":0.030517578125,\"factor\":2.0,\"count\":10}", partial.get("levels").toString());
        assertTrue(partial.get("points").isNull());
    }

    /** EASI'R's rank rules: those set are kept, the others shown with their defaults. */
    @Test
    void rankRulesAreKeptAndReadBack() {
        String copid = newCompany();
        JsonNode saved = body(put(copid, "{\"rankRules\":{\"emails_sent\":{\"rule\":\"average\",\"settings\":{\"metric\":\"mails\"}}}}"));
        assertEquals("{\"rule\":\"average\",\"settings\":{\"metric\":\"mails\"}}", saved.get("rankRules").get("emails_sent").toString());
        assertEquals("total_sales", saved.get("rankRules").get("total_sales").get("settings").get("metric").asText());
        assertEquals(saved, body(get(copid)));
        assertEquals(new RankBasis(RankRule.AVERAGE, "mails", Optional.empty(), 0),
                STORE.find(copid).orElseThrow().rankRules().basis(SeedRule.EMAILS_SENT));
    }

    @Test
    void badLevelsAndPointsNameTheirField() {
        String copid = newCompany();
        JsonNode factor = body(put(copid, "{\"levels\":{\"factor\":1}}"));
        assertEquals("levels.factor", factor.get("error").get("details").get(0).get("field").asText());
        JsonNode count = body(put(copid, "{\"levels\":{\"count\":0}}"));
        assertEquals("levels.count", count.get("error").get("details").get(0).get("field").asText());
        JsonNode metric = body(put(copid, "{\"points\":{\"bad metric\":1}}"));
        assertEquals("points.bad metric", metric.get("error").get("details").get(0).get("field").asText());
        assertEquals("invalid_json", body(put(copid, "{\"points\":{\"km\":\"1\"}}")).get("error").get("code").asText());
        assertEquals("invalid_json", body(put(copid, "{\"levels\":[1]}")).get("error").get("code").asText());
        assertTrue(body(get(copid)).get("updatedAt").isNull(), "nothing was written");
    }

    @ParameterizedTest
    @Event(value = "../events/put-settings.json", type = APIGatewayProxyRequestEvent.class)
    void refusalsChangeNothing(APIGatewayProxyRequestEvent event) {
        String copid = newCompany();
        JsonNode saved = body(new PutSettingsHandler().handleRequest(inCompany(event, copid), null));
        assertEquals(400, put(copid, "{\"autoFinalizeAfterDays\":366}").getStatusCode());
        assertEquals("validation_failed", body(put(copid, "{\"autoFinalizeAfterDays\":-1}")).get("error").get("code").asText());
        assertEquals("invalid_json", body(put(copid, "{\"autoFinalizeAfterDays\":\"3\"}")).get("error").get("code").asText());
        assertEquals("invalid_json", body(put(copid, "")).get("error").get("code").asText());
        assertEquals(saved, body(get(copid)));
    }

    @ParameterizedTest
    @Event(value = "../events/get-settings.json", type = APIGatewayProxyRequestEvent.class)
    void onlyTheHubScopeReachesSettings(APIGatewayProxyRequestEvent event) {
        String copid = newCompany();
        APIGatewayProxyResponseEvent reader = new GetSettingsHandler().handleRequest(
                Fixtures.withScopes(inCompany(event, copid), "read scores:write scores:finalize"), null);
        assertEquals(403, reader.getStatusCode());
        assertEquals("insufficient_scope", body(reader).get("error").get("code").asText());

        APIGatewayProxyRequestEvent putEvent = Fixtures.withScopes(
                inCompany(EventLoader.loadApiGatewayRestEvent("../events/put-settings.json"), copid), "read");
        assertEquals(403, new PutSettingsHandler().handleRequest(putEvent, null).getStatusCode());
        assertEquals(Optional.empty(), STORE.find(copid));
    }
}
