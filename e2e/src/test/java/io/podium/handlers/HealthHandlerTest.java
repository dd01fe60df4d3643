package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.api.health.HealthHandler;
import io.podium.json.Json;
import org.junit.jupiter.params.ParameterizedTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HealthHandlerTest {
    @ParameterizedTest
    @Event(value = "../events/health.json", type = APIGatewayProxyRequestEvent.class)
    void answersOkWithTheBuildVersion(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent response = new HealthHandler().handleRequest(event, null);
        assertEquals(200, response.getStatusCode());
        assertEquals("application/json", response.getHeaders().get("Content-Type"));
        JsonNode body = Json.read(response.getBody());
        assertEquals("ok", body.get("status").asText());
        assertEquals(System.getProperty("podium.version"), body.get("version").asText());
    }
}
