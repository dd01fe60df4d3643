package io.podium.levels;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A level: a {@code state} metric tied to a {@code metric} of points by thresholds, in ascending order of their
 * {@code min}. A player's state is the last threshold their points reach, or none below the first. Playoff's levels are
 * defined so ({@code PUT /v2/admin/definitions/levels/:id}); EASI'R's level scale is one such definition too
 * ({@link LevelScale#definition()}), so both APIs place a player by this one rule.
 */
public record LevelDefinition(String id, String name, String metric, String state, List<LevelThreshold> thresholds) {
    public LevelDefinition {
        thresholds = List.copyOf(thresholds);
        for (int i = 1; i < thresholds.size(); i++) {
            if (!(thresholds.get(i - 1).min() < thresholds.get(i).min())) {
                throw new IllegalArgumentException("thresholds must rise: " + thresholds);
            }
        }
    }

    /** The index of the last threshold the points reach; empty below the first. */
    public OptionalInt reached(double points) {
        int reached = -1;
        while (reached + 1 < thresholds.size() && thresholds.get(reached + 1).min() <= points) {
            reached++;
        }
        return reached < 0 ? OptionalInt.empty() : OptionalInt.of(reached);
    }

    /** The state the points place a player in; empty below the first threshold. */
    public Optional<String> stateFor(double points) {
        OptionalInt reached = reached(points);
        return reached.isPresent() ? Optional.of(thresholds.get(reached.getAsInt()).state()) : Optional.empty();
    }
}
