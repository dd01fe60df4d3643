package io.podium.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.MetricDefinition;
import io.podium.gamemetrics.MetricType;
import io.podium.json.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The body of PUT /v2/admin/definitions/rules/:rule_id: {@code name}, {@code variables}
 * ({@code [{"name","type":"int|string|bool","default","required"}]}) and {@code effects}
 * ({@code [{"metric","verb","value","item"?,"condition"?}]}, 1 to {@value RuleDefinition#MAX_EFFECTS}), each effect
 * checked against the game's metrics: a point metric takes an int, a set metric's {@code item} a count, a state metric
 * only {@code set} to one of its states; a variable it names must exist and be of that type.
 */
public final class RuleRequest {
    static final int MAX_NAME = 255;
    static final int MAX_VARIABLES = 50;
    /** A rule or variable id: letters, digits and underscores, not starting with a digit; at most 64. */
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private RuleRequest() {
    }

    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** @param id the path's rule id, already known to be {@link #validId valid} */
    public static RuleDefinition parse(String id, byte[] body, MetricCatalog metrics) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> name = errors.requiredLabel(root, "name", MAX_NAME);
        Map<String, RuleVariable> variables = variables(root, errors);
        List<Effect> effects = new ArrayList<>();
        JsonNode given = root.get("effects");
        if (given == null || !given.isArray() || given.isEmpty() || given.size() > RuleDefinition.MAX_EFFECTS) {
            errors.invalid(null, "effects", "must be an array of 1 to " + RuleDefinition.MAX_EFFECTS + " effects");
        } else {
            for (int i = 0; i < given.size(); i++) {
                effect(given.get(i), i, variables, metrics, errors.within("effects")).ifPresent(effects::add);
            }
        }
        errors.throwIfAny();
        return new RuleDefinition(id, name.orElseThrow(), List.copyOf(variables.values()), effects);
    }

    private static Map<String, RuleVariable> variables(ObjectNode root, FieldErrors errors) {
        Map<String, RuleVariable> variables = new LinkedHashMap<>();
        JsonNode given = root.get("variables");
        if (given == null || given.isNull()) {
            return variables;
        }
        if (!given.isArray() || given.size() > MAX_VARIABLES) {
            errors.invalid(null, "variables", "must be an array of at most " + MAX_VARIABLES + " variables");
            return variables;
        }
        FieldErrors each = errors.within("variables");
        for (int i = 0; i < given.size(); i++) {
            JsonNode variable = given.get(i);
            if (!variable.isObject()) {
                each.invalid(i, "name", "each variable is {\"name\",\"type\",\"default\",\"required\"}");
                continue;
            }
            Optional<String> name = each.requiredText(variable, i, "name").filter(RuleRequest::validId);
            Optional<VariableType> type = each.requiredText(variable, i, "type").flatMap(VariableType::named);
            if (name.isEmpty() || type.isEmpty()) {
                each.invalid(i, "name", "needs a name (letters, digits, underscores) and a type: int, string or bool");
                continue;
            }
            JsonNode defaultValue = variable.get("default");
            if (defaultValue == null || !type.get().holds(defaultValue)) {
                each.invalid(i, "default", "must be a value of type " + type.get().wireName());
                continue;
            }
            boolean required = variable.path("required").asBoolean(false);
            if (variables.put(name.get(), new RuleVariable(name.get(), type.get(), defaultValue, required)) != null) {
                each.invalid(i, "name", "'" + name.get() + "' is named twice");
            }
        }
        return variables;
    }

    private static Optional<Effect> effect(JsonNode node, int index, Map<String, RuleVariable> variables,
                                           MetricCatalog metrics, FieldErrors errors) {
        if (!node.isObject()) {
            errors.invalid(index, "metric", "each effect is {\"metric\",\"verb\",\"value\"}");
            return Optional.empty();
        }
        Optional<MetricDefinition> metric = errors.requiredText(node, index, "metric").flatMap(metrics::find);
        Optional<Verb> verb = errors.requiredText(node, index, "verb").flatMap(Verb::named);
        if (metric.isEmpty()) {
            errors.invalid(index, "metric", "must name a point, set or state metric of the game");
        }
        if (verb.isEmpty()) {
            errors.invalid(index, "verb", "must be add, remove or set");
        }
        if (metric.isEmpty() || verb.isEmpty()) {
            return Optional.empty();
        }
        MetricDefinition definition = metric.get();
        Optional<String> item = Optional.empty();
        VariableType wanted = VariableType.INT;
        if (definition.type() == MetricType.SET) {
            item = errors.requiredText(node, index, "item");
            item.filter(name -> definition.item(name).isEmpty()).ifPresent(name ->
                    errors.invalid(index, "item", "'" + name + "' is not an item of " + definition.id()));
        } else if (definition.type() == MetricType.STATE) {
            wanted = VariableType.STRING;
            if (verb.get() != Verb.SET) {
                errors.invalid(index, "verb", "a state metric is only set");
            }
        }
        Optional<Operand> value = operand(node.get("value"), index, wanted, variables, errors);
        value.filter(v -> v instanceof Operand.Literal literal && definition.type() == MetricType.STATE
                        && definition.item(literal.value().textValue()).isEmpty())
                .ifPresent(v -> errors.invalid(index, "value", "is not a state of " + definition.id()));
        Optional<Condition> condition = condition(node.get("condition"), index, variables, metrics, errors);
        Optional<String> setItem = item;
        return value.map(v -> new Effect(definition.id(), verb.get(), setItem, v, condition));
    }

    private static Optional<Operand> operand(JsonNode value, int index, VariableType wanted, Map<String, RuleVariable> variables,
                                             FieldErrors errors) {
        if (value != null && value.isObject() && value.size() == 1 && value.path("variable").isTextual()) {
            String name = value.get("variable").textValue();
            RuleVariable variable = variables.get(name);
            if (variable == null || variable.type() != wanted) {
                errors.invalid(index, "value", "names no " + wanted.wireName() + " variable of the rule");
                return Optional.empty();
            }
            return Optional.of(new Operand.Variable(name));
        }
        if (value == null || !wanted.holds(value)) {
            errors.invalid(index, "value", "must be a " + wanted.wireName() + " or {\"variable\":\"<name>\"}");
            return Optional.empty();
        }
        return Optional.of(new Operand.Literal(value));
    }

    private static Optional<Condition> condition(JsonNode node, int index, Map<String, RuleVariable> variables,
                                                 MetricCatalog metrics, FieldErrors errors) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        Optional<String> variable = node.path("variable").isTextual() ? Optional.of(node.get("variable").textValue()) : Optional.empty();
        Optional<String> metric = node.path("metric").isTextual() ? Optional.of(node.get("metric").textValue()) : Optional.empty();
        Optional<Condition.Comparison> comparison = node.path("op").isTextual()
                ? Condition.Comparison.named(node.get("op").textValue()) : Optional.empty();
        JsonNode value = node.get("value");
        boolean subjectKnown = variable.map(variables::containsKey).orElse(false) ^ metric.flatMap(metrics::find)
                .filter(definition -> definition.type() == MetricType.POINT).isPresent();
        if (!node.isObject() || variable.isPresent() == metric.isPresent() || !subjectKnown || comparison.isEmpty()
                || value == null || value.isNull() || value.isContainerNode()
                || (comparison.get().ordered() && !value.isIntegralNumber())) {
            errors.invalid(index, "condition", "must be {\"variable\" or \"metric\" (a point metric), \"op\":"
                    + " eq|ne|lt|le|gt|ge, \"value\"}; lt, le, gt and ge compare integers");
            return Optional.empty();
        }
        return Optional.of(new Condition(variable, metric, comparison.get(), value));
    }
}
