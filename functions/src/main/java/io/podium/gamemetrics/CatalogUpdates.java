package io.podium.gamemetrics;

import io.podium.errors.Unavailable;

import java.util.function.UnaryOperator;

/**
 * Changes of a game's catalog: read it, change it, put it back on condition of the version read; when another change
 * won meanwhile, read again and change again, so that two definitions put at once both stay.
 */
final class CatalogUpdates {
    /** Attempts while other changes of the catalog win. */
    private static final int ATTEMPTS = 5;

    private final MetricDefinitionStore store;

    CatalogUpdates(MetricDefinitionStore store) {
        this.store = store;
    }

    /**
     * @param change the catalog after, from the catalog read; it throws the domain's refusal when the change may not be
     * @return the catalog as it was read before the change that was saved
     */
    MetricCatalog update(String copid, UnaryOperator<MetricCatalog> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            MetricCatalog read = store.catalog(copid);
            if (store.save(copid, read, change.apply(read))) {
                return read;
            }
        }
        throw new Unavailable("busy", "The game's metrics changed too often meanwhile; retry.");
    }
}
