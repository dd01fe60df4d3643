package io.podium.rules;

import com.fasterxml.jackson.databind.JsonNode;

/** A variable of a rule: its name, type, default (of its type) and whether an evaluation must give it. */
public record RuleVariable(String name, VariableType type, JsonNode defaultValue, boolean required) {
}
