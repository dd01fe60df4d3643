package io.podium.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;

import java.util.Map;
import java.util.Optional;

/**
 * When an effect applies: a variable of the rule, or a point metric's value before the rule, compared with a literal.
 * Numbers compare in order; strings and booleans only equal or differ.
 */
public record Condition(Optional<String> variable, Optional<String> metric, Comparison comparison, JsonNode value) {
    /** The comparisons a condition may make. */
    public enum Comparison {
        EQ("eq"), NE("ne"), LT("lt"), LE("le"), GT("gt"), GE("ge");

        private final String wireName;

        Comparison(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public boolean ordered() {
            return this != EQ && this != NE;
        }

        public static Optional<Comparison> named(String name) {
            for (Comparison comparison : values()) {
                if (comparison.wireName.equals(name)) {
                    return Optional.of(comparison);
                }
            }
            return Optional.empty();
        }

        boolean holds(int order) {
            return switch (this) {
                case EQ -> order == 0;
                case NE -> order != 0;
                case LT -> order < 0;
                case LE -> order <= 0;
                case GT -> order > 0;
                case GE -> order >= 0;
            };
        }
    }

    /** @param points the player's point values before the rule, by metric */
    public boolean holds(Map<String, JsonNode> variables, Map<String, Long> points) {
        JsonNode subject = variable.map(variables::get)
                .orElseGet(() -> LongNode.valueOf(points.getOrDefault(metric.orElseThrow(), 0L)));
        if (subject.isNumber() && value.isNumber()) {
            return comparison.holds(Long.compare(subject.longValue(), value.longValue()));
        }
        return comparison.holds(subject.equals(value) ? 0 : 1) && !comparison.ordered();
    }
}
