package io.podium.teams;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A team of a company's game, made from a {@link TeamDefinition}: it keeps the definition's name, roles and creator
 * roles as they were when the team was made, so that a later redefinition changes no team under its members.
 */
public record Team(String id, String name, String definitionId, String definitionName, List<String> roles,
                   List<String> creatorRoles, TeamAccess access, Instant created, Optional<TeamMember> owner) {
    public Team {
        roles = List.copyOf(roles);
        creatorRoles = List.copyOf(creatorRoles);
    }

    public Team withOwner(TeamMember owner) {
        return new Team(id, name, definitionId, definitionName, roles, creatorRoles, access, created, Optional.of(owner));
    }

    /** The team as a player's profile lists it, with the player's roles in it. */
    public PlayerTeam asHeldWith(List<String> heldRoles) {
        return new PlayerTeam(id, name, definitionId, definitionName, heldRoles);
    }
}
