package io.podium.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.json.Json;
import io.podium.levels.LevelScale;
import io.podium.ranks.SeedRules;
import io.podium.scores.ScoreRules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A validated PUT settings body. {@code autoFinalizeAfterDays} null or absent switches automatic finalization
 * off; {@code levels} absent is the default scale (a field left out of it keeps its default); {@code points} absent
 * counts every metric once; {@code rankRules} absent computes EASI'R's rank rules by default (a rule left out of it too);
 * {@code invitesNeedApproval} absent or null is true.
 * Unknown fields are ignored: later releases add fields to this document.
 */
public record SettingsRequest(Optional<Integer> autoFinalizeAfterDays, LevelScale levels, Optional<Map<String, Double>> points,
                              SeedRules rankRules, boolean invitesNeedApproval) {
    static final String AUTO_FINALIZE = "autoFinalizeAfterDays";
    static final int MAX_DAYS = 365;
    static final int MAX_LEVELS = 100;
    static final double MAX_WEIGHT = 1_000_000;

    public static SettingsRequest parse(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<Integer> days = Optional.empty();
        JsonNode node = root.get(AUTO_FINALIZE);
        if (node != null && !node.isNull()) {
            if (!node.isNumber()) {
                errors.wrongType(null, AUTO_FINALIZE, "must be a number or null");
            } else if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0 || node.intValue() > MAX_DAYS) {
                errors.invalid(null, AUTO_FINALIZE, "must be an integer from 0 to " + MAX_DAYS + ", or null");
            } else {
                days = Optional.of(node.intValue());
            }
        }
        LevelScale levels = errors.object(root, "levels").map(given -> levels(given, errors.within("levels")))
                .orElse(LevelScale.DEFAULT);
        Optional<Map<String, Double>> points = errors.object(root, "points").map(given -> points(given, errors.within("points")));
        SeedRules rankRules = errors.object(root, "rankRules").map(given -> SeedRules.parse(given, errors.within("rankRules")))
                .orElse(SeedRules.DEFAULT);
        boolean invitesNeedApproval = errors.bool(root, "invitesNeedApproval").orElse(true);
        errors.throwIfAny();
        return new SettingsRequest(days, levels, points, rankRules, invitesNeedApproval);
    }

    private static LevelScale levels(JsonNode given, FieldErrors errors) {
        LevelScale defaults = LevelScale.DEFAULT;
        double base = decimal(given, "base", errors, Double.MIN_NORMAL, 1e12).orElse(defaults.base());
        double factor = decimal(given, "factor", errors, 1.0001, 100).orElse(defaults.factor());
        int count = errors.integer(given, "count", 1, MAX_LEVELS).map(Long::intValue).orElse(defaults.count());
        return new LevelScale(base, factor, count);
    }

    private static Map<String, Double> points(JsonNode given, FieldErrors errors) {
        Map<String, Double> weights = new LinkedHashMap<>();
        given.fieldNames().forEachRemaining(metric -> {
            if (!ScoreRules.METRIC.matcher(metric).matches()) {
                errors.invalid(null, metric, "must name a metric (" + ScoreRules.METRIC.pattern() + ")");
            } else {
                decimal(given, metric, errors, 0, MAX_WEIGHT).ifPresent(weight -> weights.put(metric, weight));
            }
        });
        return weights;
    }

    private static Optional<Double> decimal(JsonNode parent, String field, FieldErrors errors, double min, double max) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isNumber()) {
            errors.wrongType(null, field, "must be a number");
        } else if (!Double.isFinite(node.doubleValue()) || node.doubleValue() < min || node.doubleValue() > max) {
            errors.invalid(null, field, "must be a number from " + min + " to " + max);
        } else {
            return Optional.of(node.doubleValue());
        }
        return Optional.empty();
    }
}
