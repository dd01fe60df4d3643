package io.podium.teams;

import java.util.List;

/** One page of a team's members, by player id, and how many it has in all. */
public record MemberPage(List<TeamMember> members, long total) {
    public MemberPage {
        members = List.copyOf(members);
    }
}
