package io.podium.gamemetrics;

import io.podium.levels.LevelDefinition;
import io.podium.levels.LevelScale;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A game's metric definitions and its levels, kept together (a game has at most {@link #MAX_DEFINITIONS} metrics and
 * {@link #MAX_LEVELS} levels) so that whatever changes a player's values reads them in one item, with the ids of the
 * metrics some player holds a value of, whose type may no longer change, and a version that every change moves.
 */
public record MetricCatalog(List<MetricDefinition> definitions, List<LevelDefinition> levels, Set<String> held,
                            long version) {
    public static final int MAX_DEFINITIONS = 100;
    public static final int MAX_LEVELS = 20;
    public static final MetricCatalog EMPTY = new MetricCatalog(List.of(), List.of(), Set.of(), 0);
    /** Ids the game's own metrics cannot take: EASI'R's level and its points, which every game has. */
    public static final Set<String> RESERVED = Set.of(LevelScale.ID, LevelScale.POINTS);

    public MetricCatalog {
        definitions = List.copyOf(definitions);
        levels = List.copyOf(levels);
        held = Set.copyOf(held);
    }

    public Optional<MetricDefinition> find(String id) {
        return definitions.stream().filter(definition -> definition.id().equals(id)).findFirst();
    }

    public Optional<LevelDefinition> level(String id) {
        return levels.stream().filter(level -> level.id().equals(id)).findFirst();
    }

    /**
     * How an event names a metric it changed: a definition of the game by its name and type; EASI'R's level, a state;
     * any other id is a metric of daily scores, a point metric named by its id.
     */
    public MetricLabel label(String id) {
        return find(id).map(definition -> new MetricLabel(id, definition.name(), definition.type()))
                .orElseGet(() -> id.equals(LevelScale.ID) ? new MetricLabel(id, id, MetricType.STATE)
                        : new MetricLabel(id, id, MetricType.POINT));
    }

    /** This catalog with the definition put in (replacing one of its id), one version on. */
    public MetricCatalog with(MetricDefinition definition) {
        return new MetricCatalog(replaced(definitions, definition, MetricDefinition::id), levels, held, version + 1);
    }

    /** This catalog with the level put in (replacing one of its id), one version on. */
    public MetricCatalog with(LevelDefinition level) {
        return new MetricCatalog(definitions, replaced(levels, level, LevelDefinition::id), held, version + 1);
    }

    private static <T> List<T> replaced(List<T> list, T item, Function<T, String> id) {
        List<T> next = new ArrayList<>();
        boolean replaced = false;
        for (T existing : list) {
            boolean same = id.apply(existing).equals(id.apply(item));
            next.add(same ? item : existing);
            replaced |= same;
        }
        if (!replaced) {
            next.add(item);
        }
        return next;
    }
}
