package io.podium.gamemetrics;

import io.podium.errors.Conflict;
import io.podium.errors.InvalidInput;
import io.podium.errors.Unavailable;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;

import java.util.List;
import java.util.Optional;

/**
 * A game's metrics: Playoff's point, set and state metrics, defined and redefined whole, and instantCMR's metrics,
 * which are read-only point metrics here (their value is the player's finalized total).
 */
public final class GameMetrics {
    /** Attempts at putting a definition while other changes of the catalog win. */
    private static final int ATTEMPTS = 5;

    private final MetricDefinitionStore store;
    private final MetricStore scored;

    public GameMetrics(MetricDefinitionStore store, MetricStore scored) {
        this.store = store;
        this.scored = scored;
    }

    /** A definition stored, and whether it is new. */
    public record Defined(MetricDefinition definition, boolean created) {
    }

    /**
     * Stores the definition, replacing one of its id. 409 {@code metric_read_only} for an instantCMR metric's id, 409
     * {@code metric_type_locked} when the type would change while a player holds a value of it.
     */
    public Defined define(String copid, MetricDefinition definition) {
        if (scored.find(copid, definition.id()).isPresent()) {
            throw new Conflict("metric_read_only", "'" + definition.id() + "' is a metric of daily scores: it is read-only here.");
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            MetricCatalog catalog = store.catalog(copid);
            Optional<MetricDefinition> existing = catalog.find(definition.id());
            if (existing.filter(old -> old.type() != definition.type()).isPresent() && catalog.held().contains(definition.id())) {
                throw new Conflict("metric_type_locked", "Players hold values of '" + definition.id()
                        + "': its type cannot change.");
            }
            if (existing.isEmpty() && catalog.definitions().size() >= MetricCatalog.MAX_DEFINITIONS) {
                throw InvalidInput.validationFailed("metric_id", "a game has at most " + MetricCatalog.MAX_DEFINITIONS
                        + " metric definitions");
            }
            if (store.put(copid, catalog, definition)) {
                return new Defined(definition, existing.isEmpty());
            }
        }
        throw new Unavailable("busy", "The game's metrics changed too often meanwhile; retry.");
    }

    /** Playoff's definitions, then instantCMR's metrics as read-only point metrics. */
    public Listed list(String copid) {
        return new Listed(store.catalog(copid).definitions(), scored.list(copid));
    }

    /** The game's metrics of both kinds. */
    public record Listed(List<MetricDefinition> defined, List<Metric> scored) {
    }
}
