package io.podium.teams;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A team with how many members hold each of its roles (in the team's order of roles) and how many it has in all, and
 * whether it is {@code followed}: whether something follows its members ({@link TeamFollowers}, a rank limited to
 * the team), so that a change of them must be told.
 */
public record TeamState(Team team, Map<String, Long> memberCount, long totalMembers, boolean followed) {
    public TeamState {
        memberCount = new LinkedHashMap<>(memberCount);
    }

    /** A new team: no member, none in each of its roles, and nothing follows it yet. */
    public static TeamState empty(Team team) {
        Map<String, Long> counts = new LinkedHashMap<>();
        team.roles().forEach(role -> counts.put(role, 0L));
        return new TeamState(team, counts, 0, false);
    }

    @Override
    public Map<String, Long> memberCount() {
        return new LinkedHashMap<>(memberCount);
    }
}
