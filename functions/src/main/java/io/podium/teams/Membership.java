package io.podium.teams;

import java.util.List;

/** A player's membership of a team: the player as the team shows it, and the roles it holds there (at least one). */
public record Membership(TeamMember member, List<String> roles) {
    public Membership {
        roles = List.copyOf(roles);
    }
}
