package io.podium.leaderboards;

import java.util.List;

/** A slice of a board in board order, with the board's head and its rank-1 drivers. */
public record BoardPage(BoardHead head, List<RankedEntry> entries, List<String> leaders) {
    public BoardPage {
        entries = List.copyOf(entries);
        leaders = List.copyOf(leaders);
    }
}
