package io.podium.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    public static APIGatewayProxyResponseEvent error(ApiError error) {
        ObjectNode body = Json.object();
        ObjectNode err = body.putObject("error");
        err.put("code", error.code());
        err.put("message", error.getMessage());
        ArrayNode details = err.putArray("details");
        for (ErrorDetail detail : error.details()) {
            ObjectNode d = details.addObject();
            if (detail.index() != null) {
                d.put("index", detail.index());
            }
            d.put("field", detail.field());
            d.put("message", detail.message());
        }
        APIGatewayProxyResponseEvent response = json(error.status(), body);
        response.getHeaders().putAll(error.headers());
        return response;
    }
}
