package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.json.Json;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Small edits of the events/ fixtures, so that each test works in a company of its own. */
final class Fixtures {
    private Fixtures() {
    }

    static String newCompany() {
        return "co-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Moves a company-route fixture to {@code copid}, as if that company's token had called it. */
    static APIGatewayProxyRequestEvent inCompany(APIGatewayProxyRequestEvent event, String copid) {
        String original = event.getPathParameters().get("copid");
        Map<String, String> path = new HashMap<>(event.getPathParameters());
        path.put("copid", copid);
        event.setPathParameters(path);
        event.setPath(event.getPath().replace("/" + original + "/", "/" + copid + "/"));
        Map<String, Object> authorizer = new HashMap<>(event.getRequestContext().getAuthorizer());
        authorizer.put("copid", copid);
        event.getRequestContext().setAuthorizer(authorizer);
        return event;
    }

    /** Gives a fixture the authorizer context of {@code copid}'s token, for routes whose company is the token's. */
    static APIGatewayProxyRequestEvent asCompany(APIGatewayProxyRequestEvent event, String copid) {
        Map<String, Object> authorizer = new HashMap<>(event.getRequestContext().getAuthorizer());
        authorizer.put("copid", copid);
        event.getRequestContext().setAuthorizer(authorizer);
        return event;
    }

    static APIGatewayProxyRequestEvent withScopes(APIGatewayProxyRequestEvent event, String scopes) {
        Map<String, Object> authorizer = new HashMap<>(event.getRequestContext().getAuthorizer());
        authorizer.put("scopes", scopes);
        event.getRequestContext().setAuthorizer(authorizer);
        return event;
    }

    /** The answer's body, as JSON. */
    static JsonNode body(APIGatewayProxyResponseEvent response) {
        return Json.read(response.getBody());
    }

    /** The body of an answer that must be 200. */
    static JsonNode ok(APIGatewayProxyResponseEvent response) {
        assertEquals(200, response.getStatusCode(), response.getBody());
        return body(response);
    }

    /** A refusal in Playoff's body: this status and this {@code error} code. */
    static void refused(APIGatewayProxyResponseEvent response, int status, String code) {
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertEquals(code, body(response).get("error").asText(), response.getBody());
    }
}
