package io.podium.rules;

import java.util.Optional;

/**
 * One change a rule makes: to a point metric, by an integer; to an {@code item} of a set metric, by a count; or a state
 * metric set to a state. It applies only when its condition, if any, holds.
 */
public record Effect(String metric, Verb verb, Optional<String> item, Operand value, Optional<Condition> condition) {
}
