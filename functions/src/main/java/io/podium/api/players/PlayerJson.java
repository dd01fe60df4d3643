package io.podium.api.players;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import io.podium.players.MetricScore;
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
    static ObjectNode profile(Player player, List<MetricScore> scores, List<PlayerTeam> teams) {
        ObjectNode node = Json.object().put("id", player.id()).put("alias", player.alias())
                .put("created", IsoTime.format(player.created()));
        ArrayNode list = node.putArray("scores");
        for (MetricScore score : scores) {
            ObjectNode entry = list.addObject();
            entry.putObject("metric").put("id", score.metric()).put("name", score.metric()).put("type", "point");
            entry.put("value", Long.toString(score.value()));
        }
        ArrayNode memberships = node.putArray("teams");
        for (PlayerTeam team : teams) {
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
}
