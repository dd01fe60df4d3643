package io.podium.teams;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A team of a company's game, made from a {@link TeamDefinition}: it keeps the definition's name, roles and creator
 * roles as they were when the team was made, so that a later redefinition changes no team under its members. Its
 * {@code number} is the company's next team number when it was made (1, 2, 3, … never given again, not even once it
 * is disbanded; numbers have gaps), what EASI'R's ranks name it by; 0 for a team made before teams had numbers.
 */
public record Team(String id, String name, String definitionId, String definitionName, List<String> roles,
                   List<String> creatorRoles, TeamAccess access, Instant created, Optional<TeamMember> owner,
                   long number) {
    public Team {
        roles = List.copyOf(roles);
        creatorRoles = List.copyOf(creatorRoles);
    }
}
