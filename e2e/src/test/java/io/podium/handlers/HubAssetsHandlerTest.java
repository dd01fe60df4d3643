package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import io.podium.api.hub.HubAssetsHandler;
import org.junit.jupiter.params.ParameterizedTest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Hub's files as the function serves them from the built app on its classpath (the podium-hub jar). */
class HubAssetsHandlerTest {
    @ParameterizedTest
    @Event(value = "../events/hub.json", type = APIGatewayProxyRequestEvent.class)
    void aScreenIsTheAppAndItsAssetsAreServedWithTheirTypes(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent screen = new HubAssetsHandler().handleRequest(event, null);
        assertEquals(200, screen.getStatusCode());
        assertEquals("text/html; charset=utf-8", screen.getHeaders().get("Content-Type"));
        assertEquals("no-cache", screen.getHeaders().get("Cache-Control"));
        String html = screen.getBody();
        int at = html.indexOf("./assets/");
        assertTrue(at > 0, "the built index names its assets relatively: " + html);
        String asset = html.substring(at + 2, html.indexOf('"', at));

        event.setPathParameters(Map.of("path", asset));
        APIGatewayProxyResponseEvent file = new HubAssetsHandler().handleRequest(event, null);
        assertEquals(200, file.getStatusCode(), asset);
        assertTrue(file.getHeaders().get("Content-Type").startsWith(asset.endsWith(".css") ? "text/css" : "text/javascript"));
        assertTrue(file.getHeaders().get("Cache-Control").contains("immutable"));

        event.setPathParameters(Map.of("path", "../podium-version.properties"));
        APIGatewayProxyResponseEvent missing = new HubAssetsHandler().handleRequest(event, null);
        assertEquals(404, missing.getStatusCode());
        for (APIGatewayProxyResponseEvent response : List.of(screen, file, missing)) {
            assertSecurityHeaders(response);
        }
    }

    private static void assertSecurityHeaders(APIGatewayProxyResponseEvent response) {
        String policy = response.getHeaders().get("Content-Security-Policy");
        for (String directive : List.of("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'",
                "frame-ancestors 'none'")) {
            assertTrue(List.of(policy.split("; ")).contains(directive), directive + " in " + policy);
        }
        assertFalse(policy.contains("unsafe"), policy);
        assertEquals("no-referrer", response.getHeaders().get("Referrer-Policy"));
        assertTrue(response.getHeaders().get("Strict-Transport-Security").startsWith("max-age="));
        assertEquals("DENY", response.getHeaders().get("X-Frame-Options"));
        assertEquals("nosniff", response.getHeaders().get("X-Content-Type-Options"));
    }

    @ParameterizedTest
    @Event(value = "../events/hub.json", type = APIGatewayProxyRequestEvent.class)
    void theRootRedirectsToItsSlash(APIGatewayProxyRequestEvent event) {
        event.setPathParameters(null);
        event.setPath("/hub");
        event.getRequestContext().setPath("/hub");
        APIGatewayProxyResponseEvent response = new HubAssetsHandler().handleRequest(event, null);
        assertEquals(301, response.getStatusCode());
        assertEquals("/hub/", response.getHeaders().get("Location"));
        assertSecurityHeaders(response);
    }

    /** At an execute-api URL the stage is part of the path the browser shows; the redirect keeps it. */
    @ParameterizedTest
    @Event(value = "../events/hub.json", type = APIGatewayProxyRequestEvent.class)
    void theRootRedirectsWithinItsStage(APIGatewayProxyRequestEvent event) {
        event.setPathParameters(null);
        event.setPath("/hub");
        event.getRequestContext().setPath("/v1/hub");
        assertEquals("/v1/hub/", new HubAssetsHandler().handleRequest(event, null).getHeaders().get("Location"));
    }
}
