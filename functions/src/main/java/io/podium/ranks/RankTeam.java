package io.podium.ranks;

/** The team a rank is limited to: only its members are ranked. {@code number} is the team's integer id. */
public record RankTeam(String teamId, long number) {
}
