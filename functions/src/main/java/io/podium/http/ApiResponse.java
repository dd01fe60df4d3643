package io.podium.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.json.Json;

import java.util.HashMap;
import java.util.Map;

/** Builds the proxy responses API Gateway expects. */
public final class ApiResponse {
    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json");

    private ApiResponse() {
    }

    public static APIGatewayProxyResponseEvent json(int status, JsonNode body) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(new HashMap<>(JSON_HEADERS))
                .withBody(Json.write(body));
    }

    public static APIGatewayProxyResponseEvent ok(JsonNode body) {
        return json(200, body);
    }

    /** The seed's 200 OK with an empty JSON object, so clients that parse every body still can. */
    public static APIGatewayProxyResponseEvent ok() {
        return json(200, Json.object());
    }

    public static APIGatewayProxyResponseEvent noContent() {
        return new APIGatewayProxyResponseEvent().withStatusCode(204).withHeaders(new HashMap<>());
    }

}
