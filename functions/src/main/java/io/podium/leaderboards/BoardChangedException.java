package io.podium.leaderboards;

/** Another writer moved the board on while this one computed; the work must be redone from the new head. */
public final class BoardChangedException extends RuntimeException {
    public BoardChangedException(String board) {
        super("board " + board + " changed while it was being recomputed");
    }
}
