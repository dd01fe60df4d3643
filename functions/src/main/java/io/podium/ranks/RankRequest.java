package io.podium.ranks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.json.Json;
import io.podium.scores.ScoreRules;

import java.util.Optional;

/** Validated rank bodies: a whole definition (POST), or a new name (PUT). */
public final class RankRequest {
    static final int MAX_TEXT = 255;

    private RankRequest() {
    }

    public static RankDefinition parse(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> name = errors.requiredLabel(root, "name", MAX_TEXT);
        Optional<String> icon = errors.requiredLabel(root, "icon", MAX_TEXT);
        Optional<String> ruleName = errors.requiredText(root, null, "rule");
        Optional<RankRule> rule = ruleName.flatMap(RankRule::fromWireName);
        if (ruleName.isPresent() && rule.isEmpty()) {
            errors.invalid(null, "rule", "must be one of total, average, best_day, active_days, ratio");
        }
        Optional<JsonNode> settings = errors.object(root, "settings");
        if (settings.isEmpty() && (root.get("settings") == null || root.get("settings").isNull())) {
            errors.invalid(null, "settings", "is required");
        }
        FieldErrors settingErrors = errors.within("settings");
        JsonNode given = settings.orElse(Json.object());
        Optional<String> metric = ScoreRules.metric(settingErrors.requiredText(given, null, "metric"), null, "metric", settingErrors);
        Optional<String> denominator = ScoreRules.metric(settingErrors.text(given, null, "denominator_metric"), null,
                "denominator_metric", settingErrors);
        long minVolume = settingErrors.integer(given, "min_volume", 0, Long.MAX_VALUE / 2).orElse(0L);
        if (rule.filter(RankRule.RATIO::equals).isPresent()) {
            if (given.get("denominator_metric") == null || given.get("denominator_metric").isNull()) {
                settingErrors.invalid(null, "denominator_metric", "is required for a ratio");
            }
        } else if (rule.isPresent()) {
            if (given.has("denominator_metric")) {
                settingErrors.invalid(null, "denominator_metric", "is only for a ratio");
            }
            if (given.has("min_volume")) {
                settingErrors.invalid(null, "min_volume", "is only for a ratio");
            }
        }
        errors.throwIfAny();
        return new RankDefinition(name.orElseThrow(), icon.orElseThrow(), rule.orElseThrow(), metric.orElseThrow(),
                denominator, minVolume);
    }

    public static String parseName(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> name = errors.requiredLabel(root, "name", MAX_TEXT);
        errors.throwIfAny();
        return name.orElseThrow();
    }
}
