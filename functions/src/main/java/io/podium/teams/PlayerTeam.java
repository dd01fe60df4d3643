package io.podium.teams;

import java.util.List;

/** A team a player is a member of, as the player's profile lists it: the team, its definition and the roles held. */
public record PlayerTeam(String id, String name, String definitionId, String definitionName, List<String> roles) {
    public PlayerTeam {
        roles = List.copyOf(roles);
    }
}
