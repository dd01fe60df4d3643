package io.podium.local.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers with the proxy event it received as the body, so tests see exactly what API Gateway would send. The query
 * parameter {@code fail} makes it throw ({@code throw}) or return a malformed proxy response ({@code malformed}).
 */
public class EchoHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Map<String, String> query = (Map<String, String>) event.get("queryStringParameters");
        String failure = query == null ? null : query.get("fail");
        if ("throw".equals(failure)) {
            throw new IllegalStateException("asked to fail");
        }
        Map<String, Object> response = new LinkedHashMap<>();
        if (!"malformed".equals(failure)) {
            response.put("statusCode", 200);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-greeting", System.getProperty("GREETING"));
        headers.put("x-stage-kind", System.getProperty("STAGE_KIND"));
        headers.put("x-function", context.getFunctionName());
        headers.put("x-memory", String.valueOf(context.getMemoryLimitInMB()));
        headers.put("x-remaining-ms", String.valueOf(context.getRemainingTimeInMillis()));
        response.put("headers", headers);
        try {
            response.put("body", JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return response;
    }
}
