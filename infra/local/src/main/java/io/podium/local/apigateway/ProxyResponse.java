package io.podium.local.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.podium.local.support.LocalJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns what a function returned to a Lambda proxy integration into the HTTP response, checking it as API Gateway does. */
final class ProxyResponse {
    private ProxyResponse() {
    }

    /** @throws IllegalArgumentException for a result API Gateway calls a malformed Lambda proxy response (502) */
    static HttpResponse toHttp(byte[] output) {
        JsonNode result;
        try {
            result = LocalJson.parse(output);
        } catch (IOException e) {
            throw new IllegalArgumentException("the result is not JSON", e);
        }
        if (result == null || !result.isObject()) {
            throw new IllegalArgumentException("the result is not a JSON object");
        }
        JsonNode statusCode = result.get("statusCode");
        if (statusCode == null || !statusCode.canConvertToInt() || !statusCode.isIntegralNumber()) {
            throw new IllegalArgumentException("statusCode is missing or not an integer");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        JsonNode single = result.path("headers");
        if (single.isObject()) {
            single.properties().forEach(header -> headers.computeIfAbsent(header.getKey(), name -> new ArrayList<>())
                    .add(header.getValue().asText()));
        }
        JsonNode multi = result.path("multiValueHeaders");
        if (multi.isObject()) {
            multi.properties().forEach(header -> header.getValue().forEach(value ->
                    headers.computeIfAbsent(header.getKey(), name -> new ArrayList<>()).add(value.asText())));
        }
        if (headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            headers.put("Content-Type", List.of("application/json"));
        }
        JsonNode body = result.path("body");
        if (!body.isMissingNode() && !body.isNull() && !body.isTextual()) {
            throw new IllegalArgumentException("body must be a string");
        }
        byte[] bytes = body.isTextual()
                ? result.path("isBase64Encoded").asBoolean(false)
                        ? Base64.getDecoder().decode(body.asText())
                        : body.asText().getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        return new HttpResponse(statusCode.intValue(), headers, bytes);
    }
}
