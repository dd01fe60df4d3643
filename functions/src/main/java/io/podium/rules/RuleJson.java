package io.podium.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule as JSON: Playoff's list shape ({@code id, name, type: "custom", variables}) and, whole, with its effects (how
 * it is stored and answered when defined). A stored rule was validated when defined, so it is read back as it is.
 */
public final class RuleJson {
    private RuleJson() {
    }

    /** As GET /v2/admin/rules lists it. */
    public static ObjectNode listed(RuleDefinition rule) {
        ObjectNode node = Json.object().put("id", rule.id()).put("name", rule.name()).put("type", "custom");
        ArrayNode variables = node.putArray("variables");
        for (RuleVariable variable : rule.variables()) {
            ObjectNode entry = variables.addObject().put("name", variable.name()).put("type", variable.type().wireName());
            entry.set("default", variable.defaultValue());
            entry.put("required", variable.required());
        }
        return node;
    }

    /** Whole: listed, and its effects. */
    public static ObjectNode whole(RuleDefinition rule) {
        ObjectNode node = listed(rule);
        ArrayNode effects = node.putArray("effects");
        for (Effect effect : rule.effects()) {
            ObjectNode entry = effects.addObject().put("metric", effect.metric()).put("verb", effect.verb().wireName());
            effect.item().ifPresent(item -> entry.put("item", item));
            entry.set("value", effect.value().toJson());
            effect.condition().ifPresent(condition -> {
                ObjectNode when = entry.putObject("condition");
                condition.variable().ifPresent(variable -> when.put("variable", variable));
                condition.metric().ifPresent(metric -> when.put("metric", metric));
                when.put("op", condition.comparison().wireName());
                when.set("value", condition.value());
            });
        }
        return node;
    }

    /** A rule {@link #whole} wrote. */
    public static RuleDefinition read(JsonNode node) {
        List<RuleVariable> variables = new ArrayList<>();
        node.get("variables").forEach(v -> variables.add(new RuleVariable(v.get("name").textValue(),
                VariableType.named(v.get("type").textValue()).orElseThrow(), v.get("default"), v.get("required").booleanValue())));
        List<Effect> effects = new ArrayList<>();
        for (JsonNode e : node.get("effects")) {
            JsonNode value = e.get("value");
            Operand operand = value.isObject() ? new Operand.Variable(value.get("variable").textValue()) : new Operand.Literal(value);
            Optional<Condition> condition = Optional.ofNullable(e.get("condition")).map(c -> new Condition(
                    Optional.ofNullable(c.get("variable")).map(JsonNode::textValue),
                    Optional.ofNullable(c.get("metric")).map(JsonNode::textValue),
                    Condition.Comparison.named(c.get("op").textValue()).orElseThrow(), c.get("value")));
            effects.add(new Effect(e.get("metric").textValue(), Verb.named(e.get("verb").textValue()).orElseThrow(),
                    Optional.ofNullable(e.get("item")).map(JsonNode::textValue), operand, condition));
        }
        return new RuleDefinition(node.get("id").textValue(), node.get("name").textValue(), variables, effects);
    }
}
