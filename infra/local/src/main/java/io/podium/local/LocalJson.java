package io.podium.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The JSON the runtime itself builds and reads: events it sends to functions, results it gets back. */
final class LocalJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private LocalJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }
}
