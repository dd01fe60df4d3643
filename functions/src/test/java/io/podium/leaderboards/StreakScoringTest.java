package io.podium.leaderboards;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StreakScoringTest {
    private final StreakScoring streak = new StreakScoring(50);

    /** Days in order; null is a day without a score. */
    private Standing run(Integer... days) {
        Map<String, Standing> standings = new HashMap<>();
        for (Integer score : days) {
            if (score != null) {
                standings.put("u", streak.add(standings.get("u"), "u", score));
            }
            streak.endOfDay(standings, score == null ? Set.of() : Set.of("u"));
        }
        return standings.get("u");
    }

    @Test
    void theLongestRunAtOrAboveTheThresholdCounts() {
        assertEquals(new Standing("u", 3, 0), run(50, 60, 70, 10));
        assertEquals(new Standing("u", 3, 2), run(50, 60, 70, 10, 90, 99));
    }

    @Test
    void aDayWithoutAScoreBreaksTheRunAsALowScoreDoes() {
        assertEquals(new Standing("u", 2, 2), run(60, 70, null, 55, 65));
        assertEquals(new Standing("u", 2, 2), run(60, 70, 49, 55, 65));
    }

    @Test
    void theBoardRanksTheLongestRun() {
        assertEquals(4, streak.score(new Standing("u", 4, 1)).intValue());
    }
}
