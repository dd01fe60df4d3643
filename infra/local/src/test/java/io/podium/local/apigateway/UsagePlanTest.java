package io.podium.local.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.podium.local.boot.LocalRuntime;
import io.podium.local.boot.ServeOptions;
import io.podium.local.boot.SharedTestRuntime;
import io.podium.local.support.LocalJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * usage-plan-template.yaml over HTTP: a method that requires an API key takes it from the authorizer, refuses a
 * missing, unknown or disabled key with INVALID_API_KEY, and throttles each key of the plan with a bucket of its own;
 * keys made through the local management API work at once and stop working when deleted.
 */
class UsagePlanTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static LocalRuntime runtime;
    private static TestHttp http;

    @BeforeAll
    static void start() throws Exception {
        runtime = LocalRuntime.start(new ServeOptions(0, null, true, SharedTestRuntime.resource("usage-plan-template.yaml"),
                OptionalInt.empty(), Map.of(), null), Optional.empty(), SharedTestRuntime.NoTokens.INSTALLER);
        http = new TestHttp(runtime.port());
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static int get(String key) {
        return http.get("/keyed/1", "x-key", key).statusCode();
    }

    @Test
    void aMissingUnknownOrDisabledKeyIsForbidden() {
        for (String key : new String[]{"none", "no-such-key-" + UUID.randomUUID(), "disabled-key-value-0123456789"}) {
            HttpResponse<String> response = http.get("/keyed/1", "x-key", key);
            assertEquals(403, response.statusCode(), key);
            assertEquals("{\"message\":\"Forbidden\"}", response.body(), key);
        }
    }

    @Test
    void eachKeyHasABucketOfItsOwnAndAMethodWithoutKeysIsNotThrottled() throws Exception {
        String first = createKeyInPlan();
        String second = createKeyInPlan();
        assertEquals(200, get(first));
        assertEquals(200, get(first));
        HttpResponse<String> throttled = http.get("/keyed/1", "x-key", first);
        assertEquals(429, throttled.statusCode());
        assertEquals("{\"message\":\"Too Many Requests\"}", throttled.body());
        assertEquals(200, get(second), "another key of the plan is not throttled by the first");
        for (int i = 0; i < 5; i++) {
            assertEquals(200, http.get("/open").statusCode());
        }
    }

    @Test
    void aDeclaredKeyIsInItsPlanAndADeletedKeyIsRefused() throws Exception {
        assertEquals(200, get("fixed-key-value-0123456789"));
        String value = "made-" + UUID.randomUUID();
        String id = createKey(value);
        assertEquals(403, get(value), "a key in no plan");
        assertEquals(201, call("POST", "/usageplans/TestPlan/keys", "{\"keyId\":\"" + id + "\",\"keyType\":\"API_KEY\"}").statusCode());
        assertEquals(409, call("POST", "/usageplans/TestPlan/keys", "{\"keyId\":\"" + id + "\",\"keyType\":\"API_KEY\"}").statusCode());
        assertEquals(200, get(value));
        assertEquals(202, call("DELETE", "/apikeys/" + id, null).statusCode());
        assertEquals(403, get(value));
        assertEquals(404, call("DELETE", "/apikeys/" + id, null).statusCode());
    }

    /** A company's key changing tier: out of one plan, into the other, whose bucket it then has. */
    @Test
    void aKeyMovesBetweenPlansOfOneStageButIsNeverInBoth() throws Exception {
        String value = "moving-" + UUID.randomUUID();
        String id = createKey(value);
        String member = "{\"keyId\":\"" + id + "\",\"keyType\":\"API_KEY\"}";
        assertEquals(201, call("POST", "/usageplans/TestPlan/keys", member).statusCode());
        HttpResponse<String> both = call("POST", "/usageplans/OtherPlan/keys", member);
        assertEquals(409, both.statusCode());
        assertTrue(both.body().contains("multiple Usage Plans with the same API Stage"), both.body());
        assertEquals(202, call("DELETE", "/usageplans/TestPlan/keys/" + id, null).statusCode());
        assertEquals(404, call("DELETE", "/usageplans/TestPlan/keys/" + id, null).statusCode());
        assertEquals(403, get(value), "in no plan");
        assertEquals(201, call("POST", "/usageplans/OtherPlan/keys", member).statusCode());
        for (int i = 0; i < 3; i++) {
            assertEquals(200, get(value), "OtherPlan's burst of 3, request " + i);
        }
        assertEquals(429, get(value));
    }

    @Test
    void keysAreListedByNameWithTheirValuesOnlyWhenAsked() throws Exception {
        String name = "listed-" + UUID.randomUUID();
        HttpResponse<String> created = call("POST", "/apikeys",
                "{\"name\":\"" + name + "\",\"value\":\"" + name + "-value\",\"enabled\":true}");
        String id = LocalJson.MAPPER.readTree(created.body()).get("id").asText();
        JsonNode withValues = LocalJson.MAPPER.readTree(
                call("GET", "/apikeys?name=" + name + "&includeValues=true", null).body()).get("item");
        assertEquals(1, withValues.size());
        assertEquals(id, withValues.get(0).get("id").asText());
        assertEquals(name + "-value", withValues.get(0).get("value").asText());
        JsonNode without = LocalJson.MAPPER.readTree(call("GET", "/apikeys?name=" + name, null).body()).get("item");
        assertFalse(without.get(0).has("value"));
        assertEquals(0, LocalJson.MAPPER.readTree(call("GET", "/apikeys?name=nobody-" + name, null).body())
                .get("item").size());
    }

    @Test
    void theManagementApiListsThePlansOfTheTemplate() throws Exception {
        JsonNode plans = LocalJson.MAPPER.readTree(call("GET", "/usageplans", null).body());
        assertEquals(2, plans.get("item").size());
        JsonNode plan = plans.get("item").get(0);
        assertEquals("TestPlan", plan.get("id").asText());
        assertEquals("test-plan", plan.get("name").asText());
        assertEquals("KeyedApi", plan.get("apiStages").get(0).get("apiId").asText());
        assertEquals(2, plan.get("throttle").get("burstLimit").asInt());
        assertEquals(409, call("POST", "/apikeys", "{\"value\":\"fixed-key-value-0123456789\"}").statusCode());
        assertEquals(404, call("POST", "/usageplans/NoPlan/keys", "{\"keyId\":\"x\"}").statusCode());
    }

    private static String createKeyInPlan() throws Exception {
        String value = "key-" + UUID.randomUUID();
        String id = createKey(value);
        assertEquals(201, call("POST", "/usageplans/TestPlan/keys", "{\"keyId\":\"" + id + "\",\"keyType\":\"API_KEY\"}").statusCode());
        return value;
    }

    private static String createKey(String value) throws Exception {
        HttpResponse<String> created = call("POST", "/apikeys", "{\"name\":\"test\",\"value\":\"" + value + "\",\"enabled\":true}");
        assertEquals(201, created.statusCode(), created.body());
        return LocalJson.MAPPER.readTree(created.body()).get("id").asText();
    }

    private static HttpResponse<String> call(String method, String path, String body) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(runtime.apiGatewayEndpoint() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
