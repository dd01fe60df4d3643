package io.podium.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.badges.Badge;
import io.podium.errors.ParsedOrRefused;
import io.podium.ids.CampaignId;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any {id} of a path and any base64 body: an id of the form asked for, the body's bytes, or a refusal. */
class ApiRequestFuzzTest {
    @FuzzTest
    void pathIds(byte[] data) {
        String id = new String(data, StandardCharsets.UTF_8);
        ApiRequest request = new ApiRequest(new APIGatewayProxyRequestEvent().withPathParameters(Map.of("id", id)));
        ParsedOrRefused.of(() -> request.numericId("id", Badge::notFound)).ifPresent(numeric -> {
            assertTrue(numeric > 0 && numeric < 1_000_000_000_000L, () -> "id " + numeric);
            assertEquals(id, Long.toString(numeric));
        });
        ParsedOrRefused.of(() -> request.id("id", CampaignId.VALID, Badge::notFound)).ifPresent(given -> assertEquals(id, given));
    }

    @FuzzTest
    void base64Body(byte[] data) {
        String body = new String(data, StandardCharsets.UTF_8);
        ApiRequest request = new ApiRequest(new APIGatewayProxyRequestEvent().withBody(body).withIsBase64Encoded(true));
        ParsedOrRefused.of(request::body);
    }
}
