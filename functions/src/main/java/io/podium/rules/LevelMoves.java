package io.podium.rules;

import io.podium.events.Change;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.MetricDefinition;
import io.podium.gamemetrics.MetricType;
import io.podium.gamemetrics.PlayerValues;
import io.podium.levels.LevelDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The levels a change of a player's values moves: each level whose point metric the change moved places the player's
 * state anew, the last threshold their points reach, or none below the first (down as well as up, so that undoing a
 * change undoes the level it reached). Pure, like the rule it follows.
 */
final class LevelMoves {
    private LevelMoves() {
    }

    /** {@code after} with its levels' states placed, and each state that moved. */
    static RuleEngine.Applied settle(PlayerValues before, PlayerValues after, MetricCatalog catalog) {
        Map<String, String> states = new HashMap<>(after.states());
        List<Change> moves = new ArrayList<>();
        for (LevelDefinition level : catalog.levels()) {
            Optional<MetricDefinition> metric = catalog.find(level.metric()).filter(m -> m.type() == MetricType.POINT);
            if (metric.isEmpty() || before.point(metric.get()) == after.point(metric.get())) {
                continue;
            }
            String old = states.get(level.state());
            String now = level.stateFor(after.point(metric.get())).orElse(null);
            if (!Objects.equals(old, now)) {
                if (now == null) {
                    states.remove(level.state());
                } else {
                    states.put(level.state(), now);
                }
                moves.add(new Change(level.state(), old, now));
            }
        }
        return new RuleEngine.Applied(new PlayerValues(after.playerId(), after.points(), after.sets(), states,
                after.version()), moves);
    }
}
