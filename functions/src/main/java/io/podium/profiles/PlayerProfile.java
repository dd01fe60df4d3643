package io.podium.profiles;

import io.podium.players.MetricScore;
import io.podium.players.Player;
import io.podium.teams.PlayerTeam;

import java.util.List;

/** A player as Playoff's profile shows them: the player, their total on every metric, and their teams. */
public record PlayerProfile(Player player, List<MetricScore> scores, List<PlayerTeam> teams) {
    public PlayerProfile {
        scores = List.copyOf(scores);
        teams = List.copyOf(teams);
    }
}
