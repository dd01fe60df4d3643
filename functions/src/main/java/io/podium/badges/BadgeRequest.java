package io.podium.badges;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.json.Json;

import java.util.Optional;

/** A validated POST or PUT badge body. */
public final class BadgeRequest {
    static final int MAX_NAME = 255;
    static final int MAX_POINTS = 1_000_000;

    private BadgeRequest() {
    }

    public static BadgeDefinition parse(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> name = errors.requiredLabel(root, "name", MAX_NAME);
        boolean special = errors.bool(root, "special").orElse(false);
        long points = errors.integer(root, "points", 0, MAX_POINTS).orElse(0L);
        Optional<BadgeRule> rule = errors.object(root, "rule")
                .flatMap(node -> BadgeRule.parse(node, errors.within("rule")));
        if (root.get("rule") == null || root.get("rule").isNull()) {
            errors.invalid(null, "rule", "is required");
        }
        errors.throwIfAny();
        return new BadgeDefinition(name.orElseThrow(), special, (int) points, rule.orElseThrow());
    }
}
