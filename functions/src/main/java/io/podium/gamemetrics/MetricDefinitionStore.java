package io.podium.gamemetrics;

/** Where a game's metric and level definitions live: one catalog, changed whole on condition of its version. */
public interface MetricDefinitionStore {
    MetricCatalog catalog(String copid);

    /**
     * Puts {@code next} (its definitions and levels; the held metrics as read) in place of the catalog read as
     * {@code read}; false if the catalog changed meanwhile.
     */
    boolean save(String copid, MetricCatalog read, MetricCatalog next);
}
