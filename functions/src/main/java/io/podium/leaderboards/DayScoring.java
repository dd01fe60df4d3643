package io.podium.leaderboards;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** How finalized days add up on a board, day by day. */
public interface DayScoring extends BoardScoring {
    /** Adds one finalized day's score of a driver to their standing (null before their first counted day). */
    Standing add(Standing before, String userxtid, int score);

    /**
     * A driver's standing once one of the days it counts is corrected from {@code before} (empty: the driver had no score
     * that day) to {@code after}; empty when that cannot be known without the driver's other days, which are then read
     * again. {@code standing} is null when the driver has none.
     */
    default Optional<Standing> corrected(Standing standing, String userxtid, Optional<Integer> before, int after) {
        return Optional.empty();
    }

    /** Called after each day with the drivers that had a score that day; a streak breaks for the others. */
    default void endOfDay(Map<String, Standing> standings, Set<String> scoredThatDay) {
    }
}
