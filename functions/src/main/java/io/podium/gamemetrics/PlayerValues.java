package io.podium.gamemetrics;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A player's values of the game's point, set and state metrics, as stored at {@code version} (0: never stored). A
 * metric without a value is at its default: a point metric's {@code default}, a set's counts 0, a state none.
 */
public record PlayerValues(String playerId, Map<String, Long> points, Map<String, Map<String, Long>> sets,
                           Map<String, String> states, long version) {
    public PlayerValues {
        points = Map.copyOf(points);
        Map<String, Map<String, Long>> copied = new HashMap<>();
        sets.forEach((metric, counts) -> copied.put(metric, Map.copyOf(counts)));
        sets = Map.copyOf(copied);
        states = Map.copyOf(states);
    }

    public static PlayerValues none(String playerId) {
        return new PlayerValues(playerId, Map.of(), Map.of(), Map.of(), 0);
    }

    /** These values as they are once written: one version on. */
    public PlayerValues next() {
        return new PlayerValues(playerId, points, sets, states, version + 1);
    }

    public long point(MetricDefinition metric) {
        return points.getOrDefault(metric.id(), metric.defaultValue());
    }

    public long count(String metric, String item) {
        return sets.getOrDefault(metric, Map.of()).getOrDefault(item, 0L);
    }

    public Optional<String> state(String metric) {
        return Optional.ofNullable(states.get(metric));
    }

    public boolean isEmpty() {
        return points.isEmpty() && sets.isEmpty() && states.isEmpty();
    }
}
