package io.podium.activity;

import io.podium.gamemetrics.MetricCatalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of a feed, newest first, with the aliases of the players its events name (an id without one names no player
 * any more: it is shown as its own alias), the game's catalog, which names the metrics their changes moved, and, when the window holds more, the position the page ends at: the next
 * page is what is older than it.
 */
public record ActivityPage(ActivityWindow window, List<FeedEvent> events, Map<String, String> aliases,
                           MetricCatalog catalog, Optional<FeedPosition> next) {
    public ActivityPage {
        events = List.copyOf(events);
        aliases = Map.copyOf(aliases);
    }

    public String alias(String playerId) {
        return aliases.getOrDefault(playerId, playerId);
    }
}
