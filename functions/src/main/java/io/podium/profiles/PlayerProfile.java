package io.podium.profiles;

import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.PlayerValues;
import io.podium.players.MetricScore;
import io.podium.players.Player;
import io.podium.teams.PlayerTeam;

import java.util.List;

/**
 * A player as Playoff's profile shows them: the player, their total on every metric of daily scores, their values of
 * the game's point, set and state metrics ({@code catalog}), and their teams.
 */
public record PlayerProfile(Player player, List<MetricScore> scores, List<PlayerTeam> teams, MetricCatalog catalog,
                            PlayerValues values) {
    /** A player just made: no totals, no teams, every game metric at its default. */
    public static PlayerProfile fresh(Player player, MetricCatalog catalog) {
        return new PlayerProfile(player, List.of(), List.of(), catalog, PlayerValues.none(player.id()));
    }

    public PlayerProfile {
        scores = List.copyOf(scores);
        teams = List.copyOf(teams);
    }
}
