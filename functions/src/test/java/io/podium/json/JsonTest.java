package io.podium.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Json reads and writes trees with the streaming API: it must give exactly what ObjectMapper (with the same reading
 * rules) gives, node types included, and refuse exactly what it refuses.
 */
class JsonTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "{}", "[]", "{\"a\":1}", " {\"a\" : [1, 2, {\"b\": null}]} ", "[true, false, null]",
            "{\"date\":\"2026-03-01\",\"metric\":\"eco_score\",\"scores\":[{\"userxtid\":\"d-1\",\"score\":87}]}",
            "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "123456789012345678901234567890",
            "1.5", "-0.0", "0.1", "1e3", "1E-7", "1e400", "12345678901234567890.123456789",
            "\"\\u00e9\\n\\t\\\"\\\\ \\ud83d\\ude00 \\u0001\"", "\"\"", "null", "true", "0", "-1",
            "{\"a\":{\"b\":{\"c\":[[[[]]]]}},\"d\":\"\"}", "", "   ", "\n",
    })
    void readsWhatObjectMapperReads(String text) throws Exception {
        JsonNode expected = Json.mapper().readTree(text);
        JsonNode actual = Json.read(text);
        assertSameTree(expected, actual);
        if (!actual.isMissingNode()) {
            assertEquals(Json.mapper().writeValueAsString(expected), Json.write(actual));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"a\":1,\"a\":2}", "{} {}", "{} x", "[1,]", "{\"a\":}", "{'a':1}", "NaN", "[1 2]", "{\"a\":1",
            "\"unterminated", "{\"a\":1}}", "01", "[-]", "tru",
    })
    void refusesWhatObjectMapperRefuses(String text) {
        assertThrows(Exception.class, () -> Json.mapper().readTree(text));
        assertThrows(IllegalArgumentException.class, () -> Json.read(text));
        DomainException refusal = assertThrows(DomainException.class, () -> Json.parseObject(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("invalid_json", refusal.code());
    }

    @Test
    void nestingIsLimitedTo64Levels() throws Exception {
        String allowed = "[".repeat(64) + "]".repeat(64);
        assertSameTree(Json.mapper().readTree(allowed), Json.read(allowed));
        String tooDeep = "[".repeat(65) + "]".repeat(65);
        assertThrows(Exception.class, () -> Json.mapper().readTree(tooDeep));
        assertThrows(IllegalArgumentException.class, () -> Json.read(tooDeep));
    }

    @Test
    void parseObjectRefusesMissingEmptyAndNonObjectBodies() {
        assertEquals("The request body is missing.",
                assertThrows(DomainException.class, () -> Json.parseObject(new byte[0])).getMessage());
        for (String body : new String[]{"[]", "1", "null", "\"x\"", "  "}) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            DomainException refusal = assertThrows(DomainException.class, () -> Json.parseObject(bytes));
            assertEquals("invalid_json", refusal.code());
            assertEquals("The request body must be a JSON object.", refusal.getMessage());
        }
        assertTrue(Json.parseObject("{\"x\":[1]}".getBytes(StandardCharsets.UTF_8)).get("x").isArray());
    }

    @Test
    void writesWhatObjectMapperWrites() throws Exception {
        ObjectNode tree = Json.object();
        tree.put("int", 7).put("negative", -2147483648).put("long", 1L << 40)
                .put("big", new BigInteger("123456789012345678901234567890"))
                .put("double", 0.1).put("float", 1.25f).put("decimal", new BigDecimal("1.50"))
                .put("nan", Double.NaN).put("text", "é \" \\ \n \u0001 \ud83d\ude00 </script>")
                .put("yes", true).put("no", false).put("empty", "").putNull("nothing");
        tree.put("bytes", new byte[]{0, 1, 2, (byte) 255});
        tree.putObject("object").putArray("inner").add(1).addNull().addObject();
        ArrayNode array = tree.putArray("array");
        array.add("a").add(2).add(3.5).addArray();
        tree.putArray("emptyArray");
        tree.putObject("emptyObject");
        assertEquals(Json.mapper().writeValueAsString(tree), Json.write(tree));
        assertEquals(Json.mapper().writeValueAsString(Json.object()), Json.write(Json.object()));
    }

    /** Equal values and the same node class at every level (IntNode 1 is not LongNode 1). */
    private static void assertSameTree(JsonNode expected, JsonNode actual) {
        assertEquals(expected.getClass(), actual.getClass(), () -> "node type of " + expected);
        assertEquals(expected, actual);
        if (expected.isContainerNode()) {
            assertEquals(expected.size(), actual.size());
            if (expected.isObject()) {
                expected.properties().forEach(field -> assertSameTree(field.getValue(), actual.get(field.getKey())));
            } else {
                for (int i = 0; i < expected.size(); i++) {
                    assertSameTree(expected.get(i), actual.get(i));
                }
            }
        }
    }
}
