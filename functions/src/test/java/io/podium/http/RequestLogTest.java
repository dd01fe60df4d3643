package io.podium.http;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.auth.Caller;
import io.podium.auth.Scope;
import io.podium.errors.NotFound;
import io.podium.json.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestLogTest {
    private static final String TOKEN = "pdm_secret-token-that-must-never-be-logged";

    private final List<String> lines = new ArrayList<>();

    private final Context context = new Context() {
        public String getAwsRequestId() { return "req-1"; }
        public String getLogGroupName() { return "group"; }
        public String getLogStreamName() { return "stream"; }
        public String getFunctionName() { return "fn"; }
        public String getFunctionVersion() { return "1"; }
        public String getInvokedFunctionArn() { return "arn"; }
        public CognitoIdentity getIdentity() { return null; }
        public ClientContext getClientContext() { return null; }
        public int getRemainingTimeInMillis() { return 1000; }
        public int getMemoryLimitInMB() { return 1024; }
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                // Lambda's JSON LogFormat wraps a String message in an object of its own; only bytes stay as written.
                public void log(String message) { lines.add("wrapped by Lambda's JSON log format: " + message); }
                public void log(byte[] message) { lines.add(new String(message, java.nio.charset.StandardCharsets.UTF_8)); }
            };
        }
    };

    private JsonNode call(Supplier<APIGatewayProxyResponseEvent> behaviour) {
        ApiHandler handler = new ApiHandler(Access.company(Scope.READ)) {
            @Override
            protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
                return behaviour.get();
            }
        };
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withHttpMethod("GET").withResource("/v3/igr/gamification/{copid}/metrics")
                .withPathParameters(Map.of("copid", "acme"))
                .withHeaders(Map.of("x-icmr-auth-1", TOKEN))
                .withBody("{\"secret\":\"" + TOKEN + "\"}")
                .withRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext().withRequestId("req-1"));
        event.getRequestContext().setAuthorizer(new Caller("tok", Optional.of("acme"), Set.of(Scope.READ), Optional.empty()).toAuthorizerContext());
        handler.handleRequest(event, context);
        assertEquals(1, lines.size());
        assertFalse(lines.get(0).contains(TOKEN), "a log line holds the token: " + lines.get(0));
        return Json.read(lines.get(0));
    }

    @Test
    void logsOneStructuredLinePerRequestWithItsMetrics() {
        JsonNode line = call(ApiResponse::ok);
        assertEquals("INFO", line.get("level").asText());
        assertEquals("req-1", line.get("requestId").asText());
        assertEquals("GET /v3/igr/gamification/{copid}/metrics", line.get("route").asText());
        assertEquals("acme", line.get("copid").asText());
        assertEquals(200, line.get("status").asInt());
        assertEquals(1, line.get("Requests").asInt());
        assertEquals(0, line.get("Errors").asInt());
        JsonNode emf = line.get("_aws").get("CloudWatchMetrics").get(0);
        assertEquals("Podium", emf.get("Namespace").asText());
        assertEquals("Route", emf.get("Dimensions").get(0).get(0).asText());
        assertEquals(3, emf.get("Metrics").size());
    }

    @Test
    void refusalsCountAsRefusalsWithTheirCode() {
        JsonNode line = call(() -> {
            throw new NotFound("metric_not_found", "No metric.");
        });
        assertEquals("WARN", line.get("level").asText());
        assertEquals("metric_not_found", line.get("code").asText());
        assertEquals(1, line.get("Refusals").asInt());
    }

    @Test
    void faultsAreLoggedWithTheirTraceAndCountAsErrors() {
        JsonNode line = call(() -> {
            throw new IllegalStateException("boom");
        });
        assertEquals("ERROR", line.get("level").asText());
        assertEquals("internal_error", line.get("code").asText());
        assertEquals(1, line.get("Errors").asInt());
        assertTrue(line.get("error").asText().contains("IllegalStateException: boom"));
    }
}
