package io.podium.teams;

import java.time.Instant;
import java.util.List;

/**
 * A kind of team, as Playoff's builder defines it: the roles its members may hold, those its creator (and a new
 * owner) gets, and the strictest access its teams may have.
 */
public record TeamDefinition(String id, String name, List<String> roles, List<String> creatorRoles, TeamAccess access,
                             Instant updated) {
    public TeamDefinition {
        roles = List.copyOf(roles);
        creatorRoles = List.copyOf(creatorRoles);
    }
}
