package io.podium.gamemetrics;

/** Where a game's metric definitions live: one catalog, changed whole on condition of its version. */
public interface MetricDefinitionStore {
    MetricCatalog catalog(String copid);

    /**
     * Puts the definition into the catalog read as {@code read} (replacing one of its id); false if the catalog changed
     * meanwhile, or the definition's type changed while a player holds a value of it.
     */
    boolean put(String copid, MetricCatalog read, MetricDefinition definition);
}
