package io.podium.leaderboards;

import java.util.Optional;

/**
 * A driver's place on a board: {@code position} counts from 0 in board order, {@code rank} from 1 with ties shared.
 * A board that names what it ranks as it shows them (a custom leaderboard: a player's alias, a team's name) keeps the
 * name in its {@code label}, so that a page is read without another call for the names.
 */
public record RankedEntry(int position, int rank, Standing standing, Optional<String> label) {
    public RankedEntry(int position, int rank, Standing standing) {
        this(position, rank, standing, Optional.empty());
    }

    public String userxtid() {
        return standing.userxtid();
    }

    /** This entry, naming its driver or team {@code name}. */
    public RankedEntry labelled(String name) {
        return new RankedEntry(position, rank, standing, Optional.of(name));
    }
}
