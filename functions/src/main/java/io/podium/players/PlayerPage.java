package io.podium.players;

import java.util.List;

/** One page of a company's players, and how many it has in all. */
public record PlayerPage(List<Player> players, long total) {
    public PlayerPage {
        players = List.copyOf(players);
    }
}
