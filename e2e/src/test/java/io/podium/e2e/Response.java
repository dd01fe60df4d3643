package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpHeaders;

/** An HTTP answer of the local runtime. */
public record Response(int status, HttpHeaders headers, String text) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonNode json() {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON (status " + status + "): " + text, e);
        }
    }

    /** The stable error code of a refusal, in Podium's envelope or in Playoff's body. */
    public String errorCode() {
        JsonNode error = json().path("error");
        return error.isTextual() ? error.asText() : error.path("code").asText(null);
    }

    @Override
    public String toString() {
        return status + " " + text;
    }
}
