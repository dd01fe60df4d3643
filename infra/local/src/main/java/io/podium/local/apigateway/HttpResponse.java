package io.podium.local.apigateway;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A response to send to the HTTP client. */
record HttpResponse(int status, Map<String, List<String>> headers, byte[] body) {

    static HttpResponse json(int status, String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        return new HttpResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }
}
