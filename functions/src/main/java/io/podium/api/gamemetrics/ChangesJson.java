package io.podium.api.gamemetrics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.events.Change;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.MetricLabel;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import io.podium.rules.ValueStore;

import java.util.List;

/**
 * Playoff's changes, {@code [{"metric":{"id","name","type"},"delta":{"old","new"}}]} (a set's change names its
 * {@code item} too), each metric named by the game's catalog; and Playoff's event of a player, as rules, revert and
 * the activity feeds answer them.
 */
public final class ChangesJson {
    private ChangesJson() {
    }

    public static ArrayNode changes(List<Change> changes, MetricCatalog catalog) {
        ArrayNode list = Json.mapper().createArrayNode();
        for (Change change : changes) {
            ObjectNode entry = list.addObject();
            MetricLabel label = catalog.label(change.metric());
            entry.putObject("metric").put("id", label.id()).put("name", label.name()).put("type", label.type().wireName());
            change.item().ifPresent(item -> entry.put("item", item));
            entry.putObject("delta").put("old", change.oldValue()).put("new", change.newValue());
        }
        return list;
    }

    /** {@code {"event","actor":{"id","alias"},"changes","timestamp","id"}}: an event a call just left. */
    public static ObjectNode event(String type, String playerId, String alias, ValueStore.StoredEvent event,
                                   MetricCatalog catalog) {
        ObjectNode node = Json.object().put("event", type);
        node.putObject("actor").put("id", playerId).put("alias", alias);
        node.set("changes", changes(event.changes(), catalog));
        return node.put("timestamp", IsoTime.format(event.at())).put("id", Long.toString(event.id()));
    }
}
