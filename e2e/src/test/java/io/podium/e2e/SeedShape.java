package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An answer checked field by field against an example of a seed document (test resources {@code seeds/}): the same
 * fields at every level, each of the example's JSON type (an integer where it has an integer, a string where it has a
 * string); where the example has null, a string or null. Podium's additions are named, and allowed only where named.
 */
final class SeedShape {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SeedShape() {
    }

    static JsonNode example(String name) {
        try (InputStream in = SeedShape.class.getResourceAsStream("/seeds/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no seed example " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertMatches(JsonNode example, JsonNode actual) {
        assertMatches(example, actual, Set.of(), Set.of());
    }

    /**
     * @param additions the fields Podium adds, by name, at any level
     * @param nullable  the fields the seed shows null elsewhere (a rank's {@code team_id}), by name
     */
    static void assertMatches(JsonNode example, JsonNode actual, Set<String> additions, Set<String> nullable) {
        List<String> problems = new ArrayList<>();
        compare("$", example, actual, new Rules(additions, nullable), problems);
        assertTrue(problems.isEmpty(), problems + " in " + actual);
    }

    private record Rules(Set<String> additions, Set<String> nullable) {
    }

    private static void compare(String at, JsonNode example, JsonNode actual, Rules rules, List<String> problems) {
        if (actual.isNull() && rules.nullable().contains(at.substring(at.lastIndexOf('.') + 1))) {
            return;
        }
        if (example.isNull()) {
            if (!actual.isNull() && !actual.isTextual()) {
                problems.add(at + " is " + actual.getNodeType() + ", the seed's a string or null");
            }
        } else if (example.isObject()) {
            if (!actual.isObject()) {
                problems.add(at + " is " + actual.getNodeType() + ", the seed's an object");
                return;
            }
            Set<String> expected = names(example.fieldNames());
            Set<String> given = names(actual.fieldNames());
            given.removeAll(rules.additions());
            if (!expected.equals(given)) {
                problems.add(at + " has " + given + ", the seed's " + expected);
            }
            expected.stream().filter(actual::has).forEach(name ->
                    compare(at + "." + name, example.get(name), actual.get(name), rules, problems));
        } else if (example.isArray()) {
            if (!actual.isArray()) {
                problems.add(at + " is " + actual.getNodeType() + ", the seed's an array");
                return;
            }
            if (!example.isEmpty()) {
                for (int i = 0; i < actual.size(); i++) {
                    compare(at + "[" + i + "]", example.get(0), actual.get(i), rules, problems);
                }
            }
        } else if (example.isIntegralNumber() ? !actual.isIntegralNumber() : example.getNodeType() != actual.getNodeType()) {
            problems.add(at + " is " + actual + ", the seed's " + example.getNodeType() + " (" + example + ")");
        }
    }

    private static Set<String> names(Iterator<String> names) {
        Set<String> all = new TreeSet<>();
        names.forEachRemaining(all::add);
        return all;
    }

    /** A field of an answer equals the seed's, as JSON. */
    static void assertSameField(JsonNode example, JsonNode actual, String field) {
        assertEquals(example.get(field), actual.get(field), field);
    }
}
