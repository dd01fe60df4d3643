package io.podium.teams;

import java.util.List;

/** One page of a company's teams, and how many it has in all. */
public record TeamPage(List<Team> teams, long total) {
    public TeamPage {
        teams = List.copyOf(teams);
    }
}
