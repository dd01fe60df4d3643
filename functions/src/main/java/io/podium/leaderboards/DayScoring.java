package io.podium.leaderboards;

import java.util.Map;
import java.util.Set;

/** How finalized days add up on a board, day by day. */
public interface DayScoring extends BoardScoring {
    /** Adds one finalized day's score of a driver to their standing (null before their first counted day). */
    Standing add(Standing before, String userxtid, int score);

    /** Called after each day with the drivers that had a score that day; a streak breaks for the others. */
    default void endOfDay(Map<String, Standing> standings, Set<String> scoredThatDay) {
    }
}
