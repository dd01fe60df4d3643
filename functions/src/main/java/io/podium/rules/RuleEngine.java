package io.podium.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.podium.errors.Conflict;
import io.podium.errors.FieldErrors;
import io.podium.errors.InvalidInput;
import io.podium.events.Change;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.MetricDefinition;
import io.podium.gamemetrics.MetricType;
import io.podium.gamemetrics.PlayerValues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a rule's effects to one player's values, in order, each after the one before: pure, so that it runs again
 * unchanged when the player's values changed meanwhile. A point value stays within its metric's bounds, a count never
 * goes below 0. Each effect that changes a value is one change.
 */
public final class RuleEngine {
    private RuleEngine() {
    }

    /** The values after, and what changed. */
    public record Applied(PlayerValues after, List<Change> changes) {
        public Applied {
            changes = List.copyOf(changes);
        }
    }

    /** @param variables every variable of the rule, defaults filled in ({@link #variables}) */
    public static Applied apply(RuleDefinition rule, Map<String, JsonNode> variables, PlayerValues before, MetricCatalog catalog) {
        Map<String, Long> points = new HashMap<>(before.points());
        Map<String, Map<String, Long>> sets = new HashMap<>();
        before.sets().forEach((metric, counts) -> sets.put(metric, new HashMap<>(counts)));
        Map<String, String> states = new HashMap<>(before.states());
        // A condition on a metric reads its value before the rule, defaults included.
        Map<String, Long> pointsBefore = new HashMap<>();
        catalog.definitions().stream().filter(d -> d.type() == MetricType.POINT)
                .forEach(d -> pointsBefore.put(d.id(), before.point(d)));
        List<Change> changes = new ArrayList<>();
        for (Effect effect : rule.effects()) {
            MetricDefinition metric = catalog.find(effect.metric()).orElseThrow(() -> outOfDate(rule, effect));
            if (effect.condition().filter(condition -> !condition.holds(variables, pointsBefore)).isPresent()) {
                continue;
            }
            JsonNode value = effect.value().resolve(variables);
            switch (metric.type()) {
                case POINT -> {
                    long old = points.getOrDefault(metric.id(), metric.defaultValue());
                    long now = metric.bounded(next(effect.verb(), old, value.longValue()));
                    points.put(metric.id(), now);
                    if (now != old) {
                        changes.add(new Change(metric.id(), Long.toString(old), Long.toString(now)));
                    }
                }
                case SET -> {
                    String item = effect.item().orElseThrow(() -> outOfDate(rule, effect));
                    if (metric.item(item).isEmpty()) {
                        throw outOfDate(rule, effect);
                    }
                    Map<String, Long> counts = sets.computeIfAbsent(metric.id(), id -> new HashMap<>());
                    long old = counts.getOrDefault(item, 0L);
                    long now = Math.max(0, next(effect.verb(), old, value.longValue()));
                    counts.put(item, now);
                    if (now != old) {
                        changes.add(new Change(metric.id(), Long.toString(old), Long.toString(now), Optional.of(item)));
                    }
                }
                case STATE -> {
                    String state = value.textValue();
                    if (metric.item(state).isEmpty()) {
                        throw InvalidInput.validationFailed("variables", "'" + state + "' is not a state of " + metric.id());
                    }
                    String old = states.put(metric.id(), state);
                    if (!state.equals(old)) {
                        changes.add(new Change(metric.id(), old, state));
                    }
                }
                default -> throw new IllegalStateException(metric.type().toString());
            }
        }
        return new Applied(new PlayerValues(before.playerId(), points, sets, states, before.version()), changes);
    }

    /**
     * Checks, before anything is applied, what {@link #apply} would otherwise find only on its way: every effect's metric
     * still of the kind the rule was defined for, and every state it would set one of the metric's states.
     *
     * @throws Conflict     409 rule_out_of_date
     * @throws InvalidInput 400 validation_exception (Playoff's word) for a state variable naming no state
     */
    public static void check(RuleDefinition rule, Map<String, JsonNode> variables, MetricCatalog catalog) {
        for (Effect effect : rule.effects()) {
            MetricDefinition metric = catalog.find(effect.metric()).orElseThrow(() -> outOfDate(rule, effect));
            boolean fits = switch (metric.type()) {
                case POINT -> effect.item().isEmpty();
                case SET -> effect.item().flatMap(metric::item).isPresent();
                case STATE -> effect.verb() == Verb.SET && effect.item().isEmpty();
            };
            if (!fits) {
                throw outOfDate(rule, effect);
            }
            if (metric.type() == MetricType.STATE && metric.item(effect.value().resolve(variables).textValue()).isEmpty()) {
                throw InvalidInput.validationFailed("variables", "'" + effect.value().resolve(variables).textValue()
                        + "' is not a state of " + metric.id());
            }
        }
    }

    /** Saturates rather than overflows: the bounds of a definition keep sums far from it. */
    private static long next(Verb verb, long old, long amount) {
        return switch (verb) {
            case ADD -> saturated(old + amount, old, amount);
            case REMOVE -> saturated(old - amount, old, -amount);
            case SET -> amount;
        };
    }

    private static long saturated(long sum, long a, long b) {
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
    }

    private static Conflict outOfDate(RuleDefinition rule, Effect effect) {
        return new Conflict("rule_out_of_date", "Rule '" + rule.id() + "' changes '" + effect.metric()
                + "', whose definition changed since: define the rule again.");
    }

    /**
     * The variables of an evaluation, checked against the rule: every required one given, each of its type, unknown
     * ones refused; the others at their defaults. 400 validation_exception (Playoff's word) naming each offender.
     */
    public static Map<String, JsonNode> variables(RuleDefinition rule, JsonNode given, int index) {
        FieldErrors errors = new FieldErrors().within("data[" + index + "].variables");
        Map<String, JsonNode> values = new HashMap<>();
        for (RuleVariable variable : rule.variables()) {
            JsonNode value = given == null ? null : given.get(variable.name());
            if (value == null || value.isNull()) {
                if (variable.required()) {
                    errors.invalid(null, variable.name(), "is required");
                }
                values.put(variable.name(), variable.defaultValue());
            } else if (!variable.type().holds(value)) {
                errors.invalid(null, variable.name(), "must be of type " + variable.type().wireName());
            } else {
                values.put(variable.name(), value);
            }
        }
        if (given != null) {
            given.fieldNames().forEachRemaining(name -> {
                if (rule.variables().stream().noneMatch(variable -> variable.name().equals(name))) {
                    errors.invalid(null, name, "is no variable of rule '" + rule.id() + "'");
                }
            });
        }
        errors.throwIfAny();
        return values;
    }
}
