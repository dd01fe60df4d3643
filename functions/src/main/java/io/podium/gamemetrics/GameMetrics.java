package io.podium.gamemetrics;

import io.podium.errors.Conflict;
import io.podium.errors.InvalidInput;
import io.podium.levels.LevelDefinition;
import io.podium.levels.LevelScale;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.settings.CompanySettings;
import io.podium.settings.SettingsStore;

import java.util.List;

/**
 * A game's metrics: Playoff's point, set and state metrics, defined and redefined whole; instantCMR's metrics, which are
 * read-only point metrics here (their value is the player's finalized total); and EASI'R's level, a read-only state
 * metric over the read-only point metric of level points.
 */
public final class GameMetrics {
    private final CatalogUpdates updates;
    private final MetricDefinitionStore store;
    private final MetricStore scored;
    private final SettingsStore settings;

    public GameMetrics(MetricDefinitionStore store, MetricStore scored, SettingsStore settings) {
        this.updates = new CatalogUpdates(store);
        this.store = store;
        this.scored = scored;
        this.settings = settings;
    }

    /** A definition stored, and whether it is new. */
    public record Defined(MetricDefinition definition, boolean created) {
    }

    /**
     * Stores the definition, replacing one of its id. 409 {@code metric_read_only} for an instantCMR metric's id or
     * EASI'R's level's; 409 {@code metric_type_locked} when the type would change while a player holds a value of it; 409
     * {@code metric_in_level} when a level would no longer fit it.
     */
    public Defined define(String copid, MetricDefinition definition) {
        if (MetricCatalog.RESERVED.contains(definition.id()) || scored.find(copid, definition.id()).isPresent()) {
            throw new Conflict("metric_read_only", "'" + definition.id() + "' is a metric of daily scores or levels:"
                    + " it is read-only here.");
        }
        MetricCatalog read = updates.update(copid, catalog -> {
            boolean exists = catalog.find(definition.id()).isPresent();
            if (catalog.find(definition.id()).filter(old -> old.type() != definition.type()).isPresent()
                    && catalog.held().contains(definition.id())) {
                throw new Conflict("metric_type_locked", "Players hold values of '" + definition.id()
                        + "': its type cannot change.");
            }
            if (!exists && catalog.definitions().size() >= MetricCatalog.MAX_DEFINITIONS) {
                throw InvalidInput.validationFailed("metric_id", "a game has at most " + MetricCatalog.MAX_DEFINITIONS
                        + " metric definitions");
            }
            MetricCatalog next = catalog.with(definition);
            for (LevelDefinition level : next.levels()) {
                LevelFit.problem(level, next).ifPresent(problem -> {
                    throw new Conflict("metric_in_level", "Level '" + level.id() + "' would no longer fit: " + problem);
                });
            }
            return next;
        });
        return new Defined(definition, read.find(definition.id()).isEmpty());
    }

    /** Playoff's definitions, then instantCMR's metrics as read-only point metrics, and EASI'R's level's two. */
    public Listed list(String copid) {
        return new Listed(store.catalog(copid).definitions(), scored.list(copid), easirLevel(copid));
    }

    /** The game's metrics of every kind. */
    public record Listed(List<MetricDefinition> defined, List<Metric> scored, LevelDefinition easirLevel) {
    }

    /** EASI'R's level as the company's settings scale it: one of the game's levels. */
    LevelDefinition easirLevel(String copid) {
        return settings.find(copid).map(CompanySettings::levels).orElse(LevelScale.DEFAULT).definition();
    }
}
