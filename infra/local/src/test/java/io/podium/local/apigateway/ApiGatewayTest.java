package io.podium.local.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.podium.local.boot.LocalRuntime;
import io.podium.local.boot.SharedTestRuntime;
import io.podium.local.support.Eventually;
import io.podium.local.support.LocalJson;
import io.podium.local.testfunctions.ScheduleRecorder;
import io.podium.local.testfunctions.TestAuthorizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API of test-template.yaml over HTTP, as a client sees it. */
@ExtendWith(SharedTestRuntime.class)
class ApiGatewayTest {
    private static final String AUTH = "x-test-auth";
    private TestHttp http;

    @BeforeEach
    void connect(LocalRuntime runtime) {
        http = new TestHttp(runtime.port());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return LocalJson.MAPPER.readTree(response.body());
    }

    private static String token(String kind) {
        return kind + "-" + UUID.randomUUID();
    }

    @Test
    void theHandlerGetsTheProxyEventApiGatewayWouldSend() throws IOException {
        String token = token("allow");
        HttpResponse<String> response = http.get("/items/42?x=1&x=2&y=a%20b", AUTH, token, "X-Multi", "one", "X-Multi", "two");
        assertEquals(200, response.statusCode());
        JsonNode event = json(response);
        assertEquals("/items/{id}", event.get("resource").asText());
        assertEquals("/items/42", event.get("path").asText());
        assertEquals("GET", event.get("httpMethod").asText());
        assertEquals(token, event.get("headers").get(AUTH).asText());
        assertEquals("two", event.get("headers").get("x-multi").asText());
        assertEquals(List.of("one", "two"), LocalJson.MAPPER.convertValue(event.get("multiValueHeaders").get("x-multi"), List.class));
        assertEquals(Map.of("x", "2", "y", "a b"), LocalJson.MAPPER.convertValue(event.get("queryStringParameters"), Map.class));
        assertEquals(Map.of("x", List.of("1", "2"), "y", List.of("a b")),
                LocalJson.MAPPER.convertValue(event.get("multiValueQueryStringParameters"), Map.class));
        assertEquals(Map.of("id", "42"), LocalJson.MAPPER.convertValue(event.get("pathParameters"), Map.class));
        assertEquals(Map.of("mode", "local"), LocalJson.MAPPER.convertValue(event.get("stageVariables"), Map.class));
        assertTrue(event.get("body").isNull());
        assertFalse(event.get("isBase64Encoded").asBoolean());

        JsonNode context = event.get("requestContext");
        assertEquals("/items/{id}", context.get("resourcePath").asText());
        assertEquals("GET", context.get("httpMethod").asText());
        assertEquals("/items/42", context.get("path").asText(), "the path called: served without the stage");
        assertEquals("test", context.get("stage").asText());
        assertEquals(response.headers().firstValue("x-amzn-RequestId").orElseThrow(), context.get("requestId").asText());
        assertTrue(context.get("requestTimeEpoch").asLong() > 0);
        assertEquals("127.0.0.1", context.get("identity").get("sourceIp").asText());
        JsonNode authorizer = context.get("authorizer");
        assertEquals("principal-" + token, authorizer.get("principalId").asText());
        assertEquals(token, authorizer.get("token").asText());
        assertEquals("7", authorizer.get("level").asText());
        assertEquals("true", authorizer.get("admin").asText());
    }

    /**
     * Under the stage, as on the execute-api URL: the event's path leaves the stage out, requestContext.path keeps it,
     * as API Gateway sends them.
     */
    @Test
    void aPathCalledUnderTheStageReachesTheSameRouteAndTheContextKeepsTheStage() throws IOException {
        HttpResponse<String> response = http.get("/test/items/42?x=1", AUTH, token("allow"));
        assertEquals(200, response.statusCode());
        JsonNode event = json(response);
        assertEquals("/items/{id}", event.get("resource").asText());
        assertEquals("/items/42", event.get("path").asText());
        assertEquals(Map.of("id", "42"), LocalJson.MAPPER.convertValue(event.get("pathParameters"), Map.class));
        JsonNode context = event.get("requestContext");
        assertEquals("/test/items/42", context.get("path").asText());
        assertEquals("test", context.get("stage").asText());
        assertEquals("/open/", json(http.get("/test/open/")).get("path").asText());
        assertEquals(404, http.get("/test").statusCode(), "the stage alone is no resource (the template's MISSING_AUTHENTICATION_TOKEN)");
        assertEquals(404, http.get("/test/test/open").statusCode(), "one stage, not two");
    }

    /**
     * Regression: with Nagle's algorithm on, every answer on a kept-alive connection waited ~40 ms for the client's
     * delayed ACK (the JDK server writes headers and body separately), which made a fuzz run of 2,000 requests slow.
     */
    @Test
    void answersAreSentWithoutNaglesDelay() {
        // Checked as configuration, not by timing: the JDK server reads this before its first server starts,
        // and with it off a kept-alive connection waits for the client's delayed ACK (some 40 ms an answer).
        assertEquals(200, http.get("/open").statusCode());
        assertEquals("true", System.getProperty(ApiGatewayServer.NO_DELAY));
    }

    @Test
    void bodiesArePassedAndEmptyMapsAreNull() throws IOException {
        HttpResponse<String> post = http.send("POST", "/items", "{\"name\":\"x\"}", AUTH, token("allow"), "Content-Type", "application/json");
        JsonNode event = json(post);
        assertEquals("{\"name\":\"x\"}", event.get("body").asText());
        assertTrue(event.get("pathParameters").isNull());
        assertTrue(event.get("queryStringParameters").isNull());
        assertTrue(event.get("multiValueQueryStringParameters").isNull());
        assertTrue(json(http.get("/open")).get("requestContext").get("authorizer") == null, "no authorizer on an Auth NONE route");
    }

    /** As on API Gateway: "/open/" is routed to the resource "/open", and the function sees the path as sent. */
    @Test
    void aTrailingSlashReachesTheSameRouteAndTheEventKeepsIt() throws IOException {
        JsonNode event = json(http.get("/open/"));
        assertEquals("/open", event.get("resource").asText());
        assertEquals("/open/", event.get("path").asText());
        assertEquals(404, http.get("/open//").statusCode(), "one trailing slash, not two");
    }

    @Test
    void functionsSeeTheirEnvironmentAsSystemPropertiesAndTheirContext() {
        HttpResponse<String> response = http.get("/open");
        assertEquals("hello-us-east-1", response.headers().firstValue("x-greeting").orElseThrow());
        assertEquals("testing", response.headers().firstValue("x-stage-kind").orElseThrow());
        assertEquals("podium-local-EchoFunction", response.headers().firstValue("x-function").orElseThrow());
        assertEquals("256", response.headers().firstValue("x-memory").orElseThrow());
        int remaining = Integer.parseInt(response.headers().firstValue("x-remaining-ms").orElseThrow());
        assertTrue(remaining > 5_000 && remaining <= 10_000, "from Timeout 10: " + remaining);
        assertEquals("podium-local-ItemsTable", System.getProperty("ITEMS_TABLE"));
        assertEquals(null, System.getProperty("JAVA_TOOL_OPTIONS"));
        assertEquals("us-east-1", System.getProperty("AWS_REGION"));
    }

    @Test
    void literalSegmentsWinAndGreedyPathsTakeTheRest() throws IOException {
        String token = token("allow");
        JsonNode special = json(http.get("/items/special", AUTH, token));
        assertEquals("/items/special", special.get("resource").asText());
        JsonNode file = json(http.send("PUT", "/files/a/b/c.txt", "data", AUTH, token));
        assertEquals("/files/{path+}", file.get("resource").asText());
        assertEquals("a/b/c.txt", file.get("pathParameters").get("path").asText());
        assertEquals("PUT", file.get("httpMethod").asText());
    }

    @Test
    void typedHandlersGetAndReturnTheAwsEventClasses() {
        HttpResponse<String> response = http.get("/typed/bob?q=1");
        assertEquals(201, response.statusCode());
        assertEquals("hello bob on stage test with q=1", response.body());
        assertEquals("bob", response.headers().firstValue("X-Name").orElseThrow());
        assertEquals(List.of("a=1", "b=2"), response.headers().allValues("Set-Cookie"));
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void unknownPathsAndMethodsGetTheTemplatesMissingAuthenticationTokenResponse() {
        for (HttpResponse<String> response : List.of(http.get("/nowhere"), http.send("DELETE", "/items/1", null), http.get("/"))) {
            assertEquals(404, response.statusCode());
            assertEquals("{\"error\":\"no route\"}", response.body());
            assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(response.headers().firstValue("x-amzn-RequestId").isPresent());
        }
    }

    @Test
    void authorizerDecisionsBecomeGatewayResponses() {
        HttpResponse<String> missing = http.get("/items/1");
        assertEquals(401, missing.statusCode());
        assertEquals("{\"error\":\"who are you\"}", missing.body());
        assertEquals("Token realm=\"test\"", missing.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertEquals(401, http.get("/items/1", AUTH, token("unauthorized")).statusCode());

        HttpResponse<String> denied = http.get("/items/1", AUTH, token("deny"));
        assertEquals(403, denied.statusCode());
        assertEquals("{\"message\":\"User is not authorized to access this resource with an explicit deny\"}", denied.body());

        HttpResponse<String> broken = http.get("/items/1", AUTH, token("broken"));
        assertEquals(500, broken.statusCode());
        assertEquals("{\"error\":\"gateway trouble\"}", broken.body(), "AUTHORIZER_FAILURE falls back to DEFAULT_5XX");
    }

    @Test
    void aCachedNarrowPolicyDeniesTheNextRouteLikeApiGateway() {
        String token = token("narrow");
        assertEquals(200, http.get("/items/1", AUTH, token).statusCode());
        assertEquals(403, http.get("/items/2", AUTH, token).statusCode());
        assertEquals(200, http.get("/items/1", AUTH, token).statusCode());
        assertEquals(1, TestAuthorizer.calls(token));
    }

    @Test
    void handlerFailuresAndMalformedResponsesAre502() {
        for (String failure : List.of("throw", "malformed")) {
            HttpResponse<String> response = http.get("/open?fail=" + failure);
            assertEquals(502, response.statusCode(), failure);
            assertEquals("{\"message\":\"Internal server error\"}", response.body());
        }
        HttpResponse<String> missingClass = http.get("/missing");
        assertEquals(502, missingClass.statusCode(), "a handler class that does not exist fails only its own routes");
    }

    @Test
    void bodiesOverTenMegabytesAreRejected() {
        HttpResponse<String> response = http.send("POST", "/items", "x".repeat(ApiGatewayServer.MAX_BODY_BYTES + 1), AUTH, token("allow"));
        assertEquals(413, response.statusCode());
        assertEquals("{\"message\":\"Request Too Long\"}", response.body());
    }

    @Test
    void schedulesCanBeFiredThroughTheLocalRoute() throws IOException {
        int before = ScheduleRecorder.EVENTS.size();
        HttpResponse<String> tick = http.send("POST", "/_local/schedules/Tick", null);
        assertEquals(202, tick.statusCode());
        assertEquals("Tick", json(tick).get("fired").asText());
        Eventually.await("the Tick input", () -> List.copyOf(ScheduleRecorder.EVENTS).subList(before, ScheduleRecorder.EVENTS.size()),
                events -> events.contains(Map.of("job", "tick")));

        assertEquals(202, http.send("POST", "/_local/schedules/Nightly", null).statusCode());
        Map<String, Object> nightly = Eventually.await("the Nightly event", () -> ScheduleRecorder.EVENTS.stream()
                .filter(event -> List.of("arn:aws:events:us-east-1:000000000000:rule/podium-local-ScheduleFunctionNightly")
                        .equals(event.get("resources")))
                .findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertEquals("Scheduled Event", nightly.get("detail-type"));

        HttpResponse<String> unknown = http.send("POST", "/_local/schedules/Nope", null);
        assertEquals(404, unknown.statusCode());
        assertEquals(404, http.send("POST", "/_local/other", null).statusCode(), "nothing else outside the template is served");
    }
}
