package io.podium.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.events.CompanyEvent;
import io.podium.json.IsoTime;
import io.podium.json.Json;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The events of a team's memberships, appended to the company's log in the transaction that makes the change: a
 * player joins ({@value #JOIN}), leaves ({@value #LEAVE}), has their roles changed ({@value #ROLES}) or becomes the
 * owner ({@value #TRANSFER}). The actor is the player and the event names the team, so that the player's feed and the
 * team's find it; they are not social (the stream does not show them). The payload names the team
 * ({@code {"team":{"id","name"}}}) and, but on a leave, the roles the player holds after it ({@code "roles"}). The key
 * names the fact, {@code <type>#<team>#<player>#<time>}; the change's own conditions make the event unique.
 */
public final class TeamEvents {
    public static final String JOIN = "join";
    public static final String LEAVE = "leave";
    public static final String ROLES = "roles";
    public static final String TRANSFER = "transfer";

    private TeamEvents() {
    }

    public static CompanyEvent joined(String copid, Team team, String playerId, List<String> roles, Instant at) {
        return event(copid, JOIN, team, playerId, Optional.of(roles), at);
    }

    public static CompanyEvent left(String copid, Team team, String playerId, Instant at) {
        return event(copid, LEAVE, team, playerId, Optional.empty(), at);
    }

    public static CompanyEvent rolesChanged(String copid, Team team, String playerId, List<String> roles, Instant at) {
        return event(copid, ROLES, team, playerId, Optional.of(roles), at);
    }

    public static CompanyEvent transferred(String copid, Team team, String playerId, List<String> roles, Instant at) {
        return event(copid, TRANSFER, team, playerId, Optional.of(roles), at);
    }

    private static CompanyEvent event(String copid, String type, Team team, String playerId, Optional<List<String>> roles,
                                      Instant at) {
        ObjectNode payload = Json.object();
        payload.putObject("team").put("id", team.id()).put("name", team.name());
        roles.ifPresent(held -> {
            ArrayNode list = payload.putArray("roles");
            held.forEach(list::add);
        });
        return new CompanyEvent(copid, type + "#" + team.id() + "#" + playerId + "#" + IsoTime.format(at), type,
                Optional.of(playerId), at, payload, List.of(), false, Optional.of(team.id()));
    }
}
