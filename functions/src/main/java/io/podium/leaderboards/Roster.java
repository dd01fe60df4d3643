package io.podium.leaderboards;

import java.util.Set;

/**
 * The players behind a company's boards: a driver whose scores a board counts is one of the game's players, and a
 * disabled player is on no board that is shown.
 */
public interface Roster {
    /**
     * Makes each of these drivers, whose finalized scores are being counted, a player if it is not one yet. Runs before
     * the boards that count them are published, so a redelivered message that finds the boards current has nothing
     * left to do; it must be idempotent, as a message may be redelivered before that. {@code erasuresSeen} is the
     * count of the company's erasures in the {@link #exclusions} the caller read: a driver erased since is no player.
     */
    void enrol(String copid, Set<String> drivers, long erasuresSeen);

    /** Who the company's boards leave out now. */
    BoardExclusions exclusions(String copid);
}
