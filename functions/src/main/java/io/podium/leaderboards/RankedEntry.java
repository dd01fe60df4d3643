package io.podium.leaderboards;

/** A driver's place on a board: {@code position} counts from 0 in board order, {@code rank} from 1 with ties shared. */
public record RankedEntry(int position, int rank, Standing standing) {
    public String userxtid() {
        return standing.userxtid();
    }
}
