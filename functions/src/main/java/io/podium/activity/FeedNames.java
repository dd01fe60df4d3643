package io.podium.activity;

import io.podium.gamemetrics.MetricCatalog;

import java.util.Collection;
import java.util.Map;

/** What a feed's page names: the players its events are about, and the metrics their changes moved. */
public interface FeedNames {
    /**
     * The aliases of the players among these ids (an id that names no player any more has none) and the game's catalog,
     * read together, eventually consistently: one read while they fit in it.
     */
    Names of(String copid, Collection<String> playerIds);

    record Names(Map<String, String> aliases, MetricCatalog catalog) {
        public Names {
            aliases = Map.copyOf(aliases);
        }
    }
}
