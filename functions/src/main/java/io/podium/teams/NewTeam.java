package io.podium.teams;

import java.util.Optional;

/** What POST /v2/admin/teams creates: a team of a definition, its id generated when none is given. */
public record NewTeam(Optional<String> id, String name, Optional<TeamAccess> access, String definition) {
}
