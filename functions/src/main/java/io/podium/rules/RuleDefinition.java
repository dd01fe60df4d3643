package io.podium.rules;

import java.util.List;

/** A custom rule, defined as data: its variables and its effects (at most {@value #MAX_EFFECTS}). Never code. */
public record RuleDefinition(String id, String name, List<RuleVariable> variables, List<Effect> effects) {
    public static final int MAX_EFFECTS = 50;

    public RuleDefinition {
        variables = List.copyOf(variables);
        effects = List.copyOf(effects);
    }
}
