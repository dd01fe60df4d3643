package io.podium.gamemetrics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.Json;

import java.util.List;
import java.util.Optional;

/**
 * A metric of Playoff's game, as its builder defines it: a {@code point} metric (an integer from {@code defaultValue},
 * kept within {@code min} and {@code max} when they are given), a {@code set} metric (a count of each of its
 * {@code items}) or a {@code state} metric (one of its {@code items}, the states, or none).
 */
public record MetricDefinition(String id, String name, MetricType type, long defaultValue, Optional<Long> min,
                               Optional<Long> max, List<MetricItem> items) {
    public MetricDefinition {
        items = List.copyOf(items);
    }

    public Optional<MetricItem> item(String itemName) {
        return items.stream().filter(item -> item.name().equals(itemName)).findFirst();
    }

    /** A point value kept within the bounds. */
    public long bounded(long value) {
        long floor = min.map(m -> Math.max(m, value)).orElse(value);
        return max.map(m -> Math.min(m, floor)).orElse(floor);
    }

    /** As its PUT body names it ({@link MetricDefinitionRequest#parse}), with its id: how it is listed and stored. */
    public ObjectNode toJson() {
        ObjectNode node = Json.object().put("id", id).put("name", name).put("type", type.wireName());
        if (type == MetricType.POINT) {
            node.put("default", defaultValue);
            min.ifPresent(m -> node.put("min", m));
            max.ifPresent(m -> node.put("max", m));
        } else {
            ArrayNode list = node.putArray(type == MetricType.SET ? "items" : "states");
            items.forEach(item -> list.addObject().put("name", item.name()).put("description", item.description()));
        }
        return node;
    }
}
