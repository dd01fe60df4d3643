package io.podium.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.errors.ParsedOrRefused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Any bytes as a request body and any text as stored JSON: Json reads exactly what ObjectMapper with the same reading
 * rules reads (the same tree, node types included) and refuses what it refuses, and writes what it writes.
 */
class JsonFuzzTest {
    @FuzzTest
    void parseObject(byte[] body) throws IOException {
        Optional<JsonNode> expected = mapperTree(() -> Json.mapper().readTree(body)).filter(JsonNode::isObject);
        Optional<JsonNode> parsed = ParsedOrRefused.of(() -> Json.parseObject(body));
        assertEquals(expected, parsed);
        if (parsed.isPresent()) {
            assertEquals(Json.mapper().writeValueAsString(parsed.get()), Json.write(parsed.get()));
        }
    }

    /** Json.read is for text the functions wrote themselves (stored items, messages): what is not JSON is a fault. */
    @FuzzTest
    void read(byte[] data) throws IOException {
        String text = new String(data, StandardCharsets.UTF_8);
        Optional<JsonNode> expected = mapperTree(() -> Json.mapper().readTree(text));
        Optional<JsonNode> read;
        try {
            read = Optional.of(Json.read(text));
        } catch (IllegalArgumentException notJson) {
            read = Optional.empty();
        }
        assertEquals(expected, read);
        if (read.isPresent() && !read.get().isMissingNode()) {
            assertEquals(Json.mapper().writeValueAsString(read.get()), Json.write(read.get()));
        }
    }

    private interface MapperRead {
        JsonNode tree() throws IOException;
    }

    private static Optional<JsonNode> mapperTree(MapperRead read) {
        try {
            return Optional.of(read.tree());
        } catch (IOException refused) {
            return Optional.empty();
        }
    }
}
