package io.podium.gamemetrics;

import io.podium.levels.LevelDefinition;
import io.podium.levels.LevelThreshold;

import java.util.Optional;

/** Whether a level fits the game's metrics: its metric a point metric, its state a state metric with each threshold's state. */
final class LevelFit {
    private LevelFit() {
    }

    /** What does not fit, or empty when it all does. */
    static Optional<String> problem(LevelDefinition level, MetricCatalog catalog) {
        if (catalog.find(level.metric()).filter(metric -> metric.type() == MetricType.POINT).isEmpty()) {
            return Optional.of("'" + level.metric() + "' is no point metric of the game");
        }
        Optional<MetricDefinition> state = catalog.find(level.state()).filter(metric -> metric.type() == MetricType.STATE);
        if (state.isEmpty()) {
            return Optional.of("'" + level.state() + "' is no state metric of the game");
        }
        for (LevelThreshold threshold : level.thresholds()) {
            if (state.get().item(threshold.state()).isEmpty()) {
                return Optional.of("'" + threshold.state() + "' is no state of " + level.state());
            }
        }
        return Optional.empty();
    }
}
