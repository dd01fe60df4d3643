package io.podium.players;

/** A player's score on one metric: an instantCMR metric is a point metric, its value the finalized total. */
public record MetricScore(String metric, long value) {
}
