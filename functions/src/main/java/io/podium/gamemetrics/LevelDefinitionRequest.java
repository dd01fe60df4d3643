package io.podium.gamemetrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.json.Json;
import io.podium.levels.LevelDefinition;
import io.podium.levels.LevelThreshold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The body of PUT /v2/admin/definitions/levels/:level_id: {@code name}, {@code metric} (a point metric's id),
 * {@code state} (a state metric's id) and {@code thresholds}, 1 to {@value #MAX_THRESHOLDS} of {@code {"state","min"}}
 * with integer mins in rising order and distinct states. What the ids name is checked against the game's metrics when
 * the level is defined ({@link GameLevels}); this reads the shape, and reads back what {@link #toJson} stored.
 */
public final class LevelDefinitionRequest {
    static final int MAX_THRESHOLDS = MetricDefinitionRequest.MAX_ITEMS;

    private LevelDefinitionRequest() {
    }

    /** @param id the path's level id, already known to be {@link MetricDefinitionRequest#validId valid} */
    public static LevelDefinition parse(String id, byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> name = errors.requiredLabel(root, "name", MetricDefinitionRequest.MAX_NAME);
        Optional<String> metric = metricId(root, "metric", errors);
        Optional<String> state = metricId(root, "state", errors);
        List<LevelThreshold> thresholds = thresholds(root.get("thresholds"), errors);
        errors.throwIfAny();
        return new LevelDefinition(id, name.orElseThrow(), metric.orElseThrow(), state.orElseThrow(), thresholds);
    }

    private static Optional<String> metricId(ObjectNode root, String field, FieldErrors errors) {
        Optional<String> id = errors.requiredText(root, null, field);
        if (id.filter(given -> !MetricDefinitionRequest.validId(given)).isPresent()) {
            errors.invalid(null, field, "must be a metric id of the game");
            return Optional.empty();
        }
        return id;
    }

    private static List<LevelThreshold> thresholds(JsonNode given, FieldErrors errors) {
        if (given == null || given.isNull()) {
            errors.invalid(null, "thresholds", "is required");
            return List.of();
        }
        if (!given.isArray() || given.isEmpty() || given.size() > MAX_THRESHOLDS) {
            errors.wrongType(null, "thresholds", "must be an array of 1 to " + MAX_THRESHOLDS + " {\"state\",\"min\"}");
            return List.of();
        }
        List<LevelThreshold> thresholds = new ArrayList<>();
        Set<String> states = new HashSet<>();
        FieldErrors each = errors.within("thresholds");
        for (int i = 0; i < given.size(); i++) {
            JsonNode threshold = given.get(i);
            if (!threshold.isObject()) {
                errors.wrongType(i, "thresholds", "must be an object {\"state\",\"min\"}");
                continue;
            }
            Optional<String> state = each.requiredText(threshold, i, "state");
            Optional<Long> min = each.integer(threshold, "min", -MetricDefinitionRequest.MAX_VALUE,
                    MetricDefinitionRequest.MAX_VALUE);
            if (threshold.get("min") == null || threshold.get("min").isNull()) {
                each.invalid(i, "min", "is required");
            }
            if (state.isEmpty() || min.isEmpty()) {
                continue;
            }
            if (!states.add(state.get())) {
                each.invalid(i, "state", "'" + state.get() + "' has a threshold already");
            }
            if (!thresholds.isEmpty() && thresholds.get(thresholds.size() - 1).min() >= min.get()) {
                each.invalid(i, "min", "must be above the threshold before it: thresholds rise");
                continue;
            }
            thresholds.add(new LevelThreshold(state.get(), min.get()));
        }
        return thresholds;
    }

    /** As its PUT body names it, with its id: how it is listed and stored. */
    public static ObjectNode toJson(LevelDefinition level) {
        ObjectNode node = Json.object().put("id", level.id()).put("name", level.name()).put("metric", level.metric())
                .put("state", level.state());
        ArrayNode thresholds = node.putArray("thresholds");
        level.thresholds().forEach(threshold -> thresholds.addObject().put("state", threshold.state())
                .put("min", Json.number(threshold.min())));
        return node;
    }
}
