package io.podium.api.players;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import io.podium.gamemetrics.MetricDefinition;
import io.podium.gamemetrics.PlayerValues;
import io.podium.players.MetricScore;
import io.podium.profiles.PlayerProfile;
import io.podium.players.Player;
import io.podium.players.Profile;
import io.podium.teams.PlayerTeam;

import java.util.List;

/** Playoff's player shapes: a listing's {id, alias, enabled}, and the profile. */
final class PlayerJson {
    private PlayerJson() {
    }

    static ObjectNode listed(Player player) {
        return Json.object().put("id", player.id()).put("alias", player.alias()).put("enabled", player.enabled());
    }

    /**
     * The profile: scores as Playoff lists them (a point metric's value is a string), the teams with the roles held,
     * and profile fields.
     */
    static ObjectNode profile(PlayerProfile profile) {
        Player player = profile.player();
        ObjectNode node = Json.object().put("id", player.id()).put("alias", player.alias())
                .put("created", IsoTime.format(player.created()));
        ArrayNode list = node.putArray("scores");
        for (MetricDefinition metric : profile.catalog().definitions()) {
            ObjectNode entry = list.addObject();
            entry.putObject("metric").put("id", metric.id()).put("name", metric.name()).put("type", metric.type().wireName());
            entry.set("value", value(metric, profile.values()));
        }
        for (MetricScore score : profile.scores()) {
            ObjectNode entry = list.addObject();
            entry.putObject("metric").put("id", score.metric()).put("name", score.metric()).put("type", "point");
            entry.put("value", Long.toString(score.value()));
        }
        ArrayNode memberships = node.putArray("teams");
        for (PlayerTeam team : profile.teams()) {
            ObjectNode entry = memberships.addObject().put("id", team.id()).put("name", team.name());
            entry.putObject("definition").put("id", team.definitionId()).put("name", team.definitionName());
            team.roles().forEach(entry.putArray("roles")::add);
        }
        node.put("enabled", player.enabled());
        for (String field : Profile.FIELDS) {
            String value = player.profile().fields().get(field);
            if (value != null) {
                node.put(field, value);
            }
        }
        return node;
    }

    /**
     * A value as the seed's profile shows it: a point as a string; a set as {@code {"<item>":{"description","count"}}},
     * every item, the count a string; a state as {@code {"name","description"}}, or null for none.
     */
    private static JsonNode value(MetricDefinition metric, PlayerValues values) {
        return switch (metric.type()) {
            case POINT -> TextNode.valueOf(Long.toString(values.point(metric)));
            case SET -> {
                ObjectNode items = Json.object();
                metric.items().forEach(item -> items.putObject(item.name()).put("description", item.description())
                        .put("count", Long.toString(values.count(metric.id(), item.name()))));
                yield items;
            }
            case STATE -> values.state(metric.id()).flatMap(metric::item)
                    .<JsonNode>map(state -> Json.object().put("name", state.name()).put("description", state.description()))
                    .orElse(NullNode.getInstance());
        };
    }
}
