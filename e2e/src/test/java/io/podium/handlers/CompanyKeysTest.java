package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.api.tokens.CreateTokenHandler;
import io.podium.api.tokens.SetCompanyTierHandler;
import io.podium.config.Env;
import io.podium.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One API key per company, counted where API Gateway keeps them: the local runtime's management API, which the
 * functions call exactly as they call API Gateway's (CreateApiKey, GetApiKeys, CreateUsagePlanKey, DeleteUsagePlanKey).
 */
@ExtendWith(InProcessPodium.class)
class CompanyKeysTest {
    private static final int DRIVER_TOKENS = 20_000;
    private static final int THREADS = 16;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The company's keys in the local API Gateway, by the name the functions give them. */
    private static JsonNode keysOf(String copid) throws IOException, InterruptedException {
        String name = Env.required("STACK_NAME") + "-company-" + copid;
        HttpResponse<String> listed = HTTP.send(HttpRequest.newBuilder(URI.create(Env.required("APIGATEWAY_ENDPOINT")
                + "/apikeys?includeValues=true&name=" + name)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, listed.statusCode(), listed.body());
        return Json.read(listed.body()).get("item");
    }

    private static APIGatewayProxyRequestEvent createEvent(String body) {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent("../events/create-token.json");
        event.setBody(body);
        return event;
    }

    /**
     * 20,000 driver tokens through the token-issuing function, 16 at a time from the start, so that the company's
     * first tokens race: one key. About two minutes, the local DynamoDB engine's two writes per token.
     */
    @Test
    void twentyThousandDriverTokensOfOneCompanyMakeOneApiKey() throws Exception {
        String copid = newCompany();
        CreateTokenHandler handler = new CreateTokenHandler();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<String>> issued = new ArrayList<>();
        try {
            for (int i = 0; i < DRIVER_TOKENS; i++) {
                String body = "{\"copid\":\"" + copid + "\",\"scopes\":[\"driver:u" + i + "\"],\"description\":\"fleet\"}";
                issued.add(pool.submit(() -> {
                    APIGatewayProxyResponseEvent response = handler.handleRequest(createEvent(body), null);
                    assertEquals(201, response.getStatusCode(), response.getBody());
                    return Json.read(response.getBody()).get("id").asText();
                }));
            }
            for (Future<String> token : issued) {
                token.get();
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode keys = keysOf(copid);
        assertEquals(1, keys.size(), "one API key for " + DRIVER_TOKENS + " tokens: " + keys);
        assertEquals(0, keysOf(newCompany()).size(), "a company without tokens has none");
    }

    @Test
    void aTierAppliesToACompanyWithoutTokensAndKeepsItsOneKey() throws Exception {
        String copid = newCompany();
        SetCompanyTierHandler tiers = new SetCompanyTierHandler();
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent("../events/set-company-tier.json");
        event.setPathParameters(Map.of("copid", copid));
        APIGatewayProxyResponseEvent premium = tiers.handleRequest(event, null);
        assertEquals(200, premium.getStatusCode(), premium.getBody());
        assertEquals(Json.read("{\"copid\":\"" + copid + "\",\"tier\":\"premium\"}"), Json.read(premium.getBody()));
        assertEquals(1, keysOf(copid).size(), "made for the tier");

        event.setBody("{\"tier\":\"standard\"}");
        assertEquals(200, tiers.handleRequest(event, null).getStatusCode(), "back, out of the premium plan first");
        assertEquals(201, new CreateTokenHandler().handleRequest(
                createEvent("{\"copid\":\"" + copid + "\",\"scopes\":[\"read\"]}"), null).getStatusCode());
        assertEquals(1, keysOf(copid).size());

        event.setBody("{\"tier\":\"gold\"}");
        APIGatewayProxyResponseEvent unknown = tiers.handleRequest(event, null);
        assertEquals(400, unknown.getStatusCode());
        assertEquals("validation_failed", Json.read(unknown.getBody()).get("error").get("code").asText());
    }
}
