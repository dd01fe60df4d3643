package io.podium.gamemetrics;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A game's metric definitions, kept together (a game has at most {@link #MAX_DEFINITIONS}) with the ids of those some
 * player holds a value of, whose type may no longer change, and a version that every change moves.
 */
public record MetricCatalog(List<MetricDefinition> definitions, Set<String> held, long version) {
    public static final int MAX_DEFINITIONS = 100;
    public static final MetricCatalog EMPTY = new MetricCatalog(List.of(), Set.of(), 0);

    public MetricCatalog {
        definitions = List.copyOf(definitions);
        held = Set.copyOf(held);
    }

    public Optional<MetricDefinition> find(String id) {
        return definitions.stream().filter(definition -> definition.id().equals(id)).findFirst();
    }
}
