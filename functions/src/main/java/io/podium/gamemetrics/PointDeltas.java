package io.podium.gamemetrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * What a change of a player's values did to their point metrics on the day (UTC) it was made, by metric: what a
 * leaderboard over a date window ranks. It is written with the change, in its transaction, so that it is added once
 * exactly when the change is made.
 */
public record PointDeltas(LocalDate day, Map<String, Long> byMetric) {
    public PointDeltas {
        byMetric = Map.copyOf(byMetric);
    }

    /** The point metrics whose value differs from {@code before} to {@code after}, by how much, on the day of {@code at}. */
    public static PointDeltas between(PlayerValues before, PlayerValues after, MetricCatalog catalog, Instant at) {
        Map<String, Long> deltas = new HashMap<>();
        for (MetricDefinition metric : catalog.definitions()) {
            if (metric.type() == MetricType.POINT) {
                long delta = after.point(metric) - before.point(metric);
                if (delta != 0) {
                    deltas.put(metric.id(), delta);
                }
            }
        }
        return new PointDeltas(LocalDate.ofInstant(at, ZoneOffset.UTC), deltas);
    }

    public boolean isEmpty() {
        return byMetric.isEmpty();
    }
}
