package io.podium.ranks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.json.Json;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A company's setting of how each EASI'R rank rule is computed; a rule it does not name keeps its default. A rank
 * keeps the basis it was created with: a later change of the setting moves no existing rank.
 */
public record SeedRules(Map<SeedRule, RankBasis> bases) {
    public static final SeedRules DEFAULT = new SeedRules(Map.of());

    public SeedRules {
        bases.forEach((rule, basis) -> {
            if (rule.isRatio() != (basis.rule() == RankRule.RATIO)) {
                throw new IllegalArgumentException(rule.wireName() + " is " + (rule.isRatio() ? "" : "not ") + "a ratio");
            }
        });
        bases = Map.copyOf(bases);
    }

    public RankBasis basis(SeedRule rule) {
        return bases.getOrDefault(rule, rule.defaultBasis());
    }

    /** Every rule with its basis, defaults included, in the rules' order. */
    public Map<SeedRule, RankBasis> effective() {
        Map<SeedRule, RankBasis> all = new EnumMap<>(SeedRule.class);
        for (SeedRule rule : SeedRule.values()) {
            all.put(rule, basis(rule));
        }
        return all;
    }

    /** {@code {"<seed rule>": <basis>, …}} for the rules it names; a ratio rule takes a ratio, the others any other rule. */
    public static SeedRules parse(JsonNode given, FieldErrors errors) {
        Map<SeedRule, RankBasis> bases = new EnumMap<>(SeedRule.class);
        given.fieldNames().forEachRemaining(name -> {
            Optional<SeedRule> rule = SeedRule.fromWireName(name);
            if (rule.isEmpty()) {
                errors.invalid(null, name, "is not one of EASI'R's rank rules");
                return;
            }
            errors.object(given, name).flatMap(basis -> RankRequest.basis(basis, errors.within(name))).ifPresent(basis -> {
                if (rule.get().isRatio() != (basis.rule() == RankRule.RATIO)) {
                    errors.invalid(null, name + ".rule", rule.get().isRatio() ? "must be ratio" : "must not be ratio");
                } else {
                    bases.put(rule.get(), basis);
                }
            });
        });
        return new SeedRules(bases);
    }

    /** The rules it names, as {@link #parse} reads them. */
    public ObjectNode toJson() {
        return json(bases);
    }

    /** Every rule, defaults included. */
    public ObjectNode effectiveJson() {
        return json(effective());
    }

    private static ObjectNode json(Map<SeedRule, RankBasis> bases) {
        ObjectNode node = Json.object();
        for (SeedRule rule : SeedRule.values()) {
            Optional.ofNullable(bases.get(rule)).ifPresent(basis -> node.set(rule.wireName(), basis.toJson()));
        }
        return node;
    }
}
