package io.podium.api.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import io.podium.teams.Team;
import io.podium.teams.TeamState;

/** Playoff's team shapes: a listing's entry, and the whole team with its counts. */
final class TeamJson {
    private TeamJson() {
    }

    /** As GET /v2/admin/teams lists a team: id, name, number, definition, access, created, game_id, owner and roles. */
    static ObjectNode listed(Team team, String copid) {
        ObjectNode node = head(team);
        node.put("access", team.access().name()).put("created", IsoTime.format(team.created())).put("game_id", copid);
        owner(node, team);
        roles(node, team);
        return node;
    }

    /** The team as the seed answers it: with {@code locked}, {@code member_count} and {@code total_members}. */
    static ObjectNode of(TeamState state) {
        Team team = state.team();
        ObjectNode node = head(team);
        node.put("created", IsoTime.format(team.created())).put("access", team.access().name());
        owner(node, team);
        node.put("locked", false);
        ArrayNode counts = node.putArray("member_count");
        state.memberCount().forEach((role, count) -> counts.addObject().put("name", role).put("count", count));
        node.put("total_members", state.totalMembers());
        roles(node, team);
        return node;
    }

    private static ObjectNode head(Team team) {
        ObjectNode node = Json.object().put("id", team.id()).put("name", team.name()).put("number", team.number());
        node.putObject("definition").put("id", team.definitionId()).put("name", team.definitionName());
        return node;
    }

    private static void owner(ObjectNode node, Team team) {
        team.owner().ifPresentOrElse(owner -> node.putObject("owner").put("id", owner.id()).put("alias", owner.alias()),
                () -> node.putNull("owner"));
    }

    private static void roles(ObjectNode node, Team team) {
        team.roles().forEach(node.putArray("roles")::add);
    }
}
