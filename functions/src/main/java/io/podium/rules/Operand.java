package io.podium.rules;

import com.fasterxml.jackson.databind.JsonNode;

import io.podium.json.Json;

import java.util.Map;

/** An effect's value: a literal, or a variable of the rule written {@code {"variable":"<name>"}}. */
public sealed interface Operand {
    /** The value, given the evaluation's variables (every variable of the rule, defaults filled in). */
    JsonNode resolve(Map<String, JsonNode> variables);

    JsonNode toJson();

    record Literal(JsonNode value) implements Operand {
        @Override
        public JsonNode resolve(Map<String, JsonNode> variables) {
            return value;
        }

        @Override
        public JsonNode toJson() {
            return value;
        }
    }

    record Variable(String name) implements Operand {
        @Override
        public JsonNode resolve(Map<String, JsonNode> variables) {
            return variables.get(name);
        }

        @Override
        public JsonNode toJson() {
            return Json.object().put("variable", name);
        }
    }
}
