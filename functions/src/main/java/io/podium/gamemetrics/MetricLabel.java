package io.podium.gamemetrics;

/** A metric as an event's change names it: {@code {"id","name","type"}}. */
public record MetricLabel(String id, String name, MetricType type) {
}
