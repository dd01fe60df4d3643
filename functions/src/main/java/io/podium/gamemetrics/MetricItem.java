package io.podium.gamemetrics;

/** An item of a set metric, or a state of a state metric. */
public record MetricItem(String name, String description) {
}
