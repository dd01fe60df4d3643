package io.podium.gamemetrics;

import io.podium.errors.Conflict;
import io.podium.errors.InvalidInput;
import io.podium.levels.LevelDefinition;
import io.podium.levels.LevelScale;

import java.util.List;
import java.util.stream.Stream;

/**
 * A game's levels: Playoff's, each a state metric tied to a point metric by thresholds, defined and redefined whole;
 * and EASI'R's level, the same kind of definition, scaled in the company's settings and read-only here. A level moves a
 * player's state when a change of its point metric crosses a threshold; a level defined later places a player at their
 * next change.
 */
public final class GameLevels {
    private final CatalogUpdates updates;
    private final MetricDefinitionStore store;
    private final GameMetrics metrics;

    public GameLevels(MetricDefinitionStore store, GameMetrics metrics) {
        this.updates = new CatalogUpdates(store);
        this.store = store;
        this.metrics = metrics;
    }

    /** A level stored, and whether it is new. */
    public record Defined(LevelDefinition level, boolean created) {
    }

    /**
     * Stores the level, replacing one of its id. 409 {@code level_read_only} for EASI'R's level; 400
     * {@code validation_exception} (Playoff's word) when its metrics do not fit it; 409 {@code level_state_taken}
     * when another level moves its state metric already.
     */
    public Defined define(String copid, LevelDefinition level) {
        if (level.id().equals(LevelScale.ID)) {
            throw new Conflict("level_read_only", "'" + LevelScale.ID + "' is EASI'R's level: scale it in the company's"
                    + " settings.");
        }
        MetricCatalog read = updates.update(copid, catalog -> {
            LevelFit.problem(level, catalog).ifPresent(problem -> {
                throw InvalidInput.validationFailed("metric", problem);
            });
            catalog.levels().stream().filter(other -> !other.id().equals(level.id()) && other.state().equals(level.state()))
                    .findFirst().ifPresent(other -> {
                        throw new Conflict("level_state_taken", "Level '" + other.id() + "' moves '" + level.state()
                                + "' already: a state metric follows one level.");
                    });
            if (catalog.level(level.id()).isEmpty() && catalog.levels().size() >= MetricCatalog.MAX_LEVELS) {
                throw InvalidInput.validationFailed("level_id", "a game has at most " + MetricCatalog.MAX_LEVELS + " levels");
            }
            return catalog.with(level);
        });
        return new Defined(level, read.level(level.id()).isEmpty());
    }

    /** Playoff's levels, then EASI'R's. */
    public List<LevelDefinition> list(String copid) {
        return Stream.concat(store.catalog(copid).levels().stream(),
                Stream.of(metrics.easirLevel(copid))).toList();
    }
}
