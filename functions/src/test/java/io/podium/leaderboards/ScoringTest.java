package io.podium.leaderboards;

import io.podium.campaigns.Aggregation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoringTest {
    private static Map<String, Standing> standings(Scoring scoring, Object... userAndDailyScores) {
        Map<String, Standing> standings = new LinkedHashMap<>();
        for (int i = 0; i < userAndDailyScores.length; i += 2) {
            String user = (String) userAndDailyScores[i];
            for (int score : (int[]) userAndDailyScores[i + 1]) {
                standings.put(user, scoring.add(standings.get(user), user, score));
            }
        }
        return standings;
    }

    private static List<String> board(Scoring scoring, Map<String, Standing> standings) {
        return scoring.rank(standings).stream()
                .map(e -> e.rank() + ":" + e.userxtid() + "=" + scoring.score(e.standing()).toPlainString())
                .toList();
    }

    @Test
    void totalsRankDescendingWithSharedRanksThatSkip() {
        Scoring scoring = new Scoring(Aggregation.TOTAL);
        Map<String, Standing> s = standings(scoring, "d", new int[]{5, 5}, "b", new int[]{20}, "a", new int[]{7, 3},
                "c", new int[]{10}, "e", new int[]{-1});
        assertEquals(List.of("1:b=20", "2:a=10", "2:c=10", "2:d=10", "5:e=-1"), board(scoring, s));
    }

    @Test
    void bestDayTakesTheMaximum() {
        Scoring scoring = new Scoring(Aggregation.BEST_DAY);
        Map<String, Standing> s = standings(scoring, "a", new int[]{-5, -2, -9}, "b", new int[]{3, 1});
        assertEquals(List.of("1:b=3", "2:a=-2"), board(scoring, s));
        assertEquals(3, s.get("a").days());
    }

    @Test
    void activeDaysCountsDaysWithAScore() {
        Scoring scoring = new Scoring(Aggregation.ACTIVE_DAYS);
        Map<String, Standing> s = standings(scoring, "a", new int[]{0, 0, 0}, "b", new int[]{100}, "c", new int[]{1, 2, 3});
        assertEquals(List.of("1:a=3", "1:c=3", "3:b=1"), board(scoring, s));
    }

    @Test
    void averageRoundsHalfUpToTwoDecimalsAndRanksByTheShownValue() {
        Scoring scoring = new Scoring(Aggregation.AVERAGE);
        Map<String, Standing> s = standings(scoring, "a", new int[]{1, 2}, "b", new int[]{2, 2, 3}, "c", new int[]{-1, -2},
                "d", new int[]{7, 7, 8}, "e", new int[]{2334, 2333, 2333});
        assertEquals(new BigDecimal("1.50"), scoring.score(s.get("a")));
        assertEquals(new BigDecimal("2.33"), scoring.score(s.get("b")));
        assertEquals(new BigDecimal("-1.50"), scoring.score(s.get("c")));
        assertEquals(new BigDecimal("7.33"), scoring.score(s.get("d")));
        assertEquals(List.of("1:e=2333.33", "2:d=7.33", "3:b=2.33", "4:a=1.50", "5:c=-1.50"), board(scoring, s));
    }

    @Test
    void positionsCountFromZeroInBoardOrder() {
        Scoring scoring = new Scoring(Aggregation.TOTAL);
        List<RankedEntry> ranked = scoring.rank(standings(scoring, "x", new int[]{1}, "y", new int[]{1}, "z", new int[]{2}));
        assertEquals(List.of(0, 1, 2), ranked.stream().map(RankedEntry::position).toList());
        assertEquals(List.of("z", "x", "y"), ranked.stream().map(RankedEntry::userxtid).toList());
        assertEquals(List.of(1, 2, 2), ranked.stream().map(RankedEntry::rank).toList());
    }

    @Test
    void anEmptyBoardHasNoEntries() {
        assertEquals(List.of(), new Scoring(Aggregation.TOTAL).rank(Map.of()));
    }

    /** A day corrected from {@code before} to {@code after} as the recompute applies it, or what it cannot know. */
    private static Optional<Standing> corrected(Aggregation aggregation, int[] days, Integer before, int after) {
        Scoring scoring = new Scoring(aggregation);
        Standing standing = standings(scoring, "a", days).get("a");
        return scoring.corrected(standing, "a", Optional.ofNullable(before), after);
    }

    /** The standing of the days as they are after the correction, computed from scratch. */
    private static Optional<Standing> recomputed(Aggregation aggregation, int... days) {
        return Optional.of(standings(new Scoring(aggregation), "a", days).get("a"));
    }

    @Test
    void aCorrectionOfASumOrACountIsTheChangeItself() {
        for (Aggregation aggregation : List.of(Aggregation.TOTAL, Aggregation.AVERAGE, Aggregation.ACTIVE_DAYS)) {
            assertEquals(recomputed(aggregation, 5, 9, 2), corrected(aggregation, new int[]{5, 7, 2}, 7, 9), aggregation.name());
            assertEquals(recomputed(aggregation, 5, -3, 2), corrected(aggregation, new int[]{5, 7, 2}, 7, -3), aggregation.name());
            // A day the driver had no score on: one more day counted.
            assertEquals(recomputed(aggregation, 5, 7, 4), corrected(aggregation, new int[]{5, 7}, null, 4), aggregation.name());
        }
        assertEquals(recomputed(Aggregation.TOTAL, 4), new Scoring(Aggregation.TOTAL).corrected(null, "a", Optional.empty(), 4));
    }

    @Test
    void aBestDayCorrectedDownIsKnownOnlyWhenAnotherDayWasBest() {
        assertEquals(recomputed(Aggregation.BEST_DAY, 5, 9, 2), corrected(Aggregation.BEST_DAY, new int[]{5, 7, 2}, 7, 9));
        assertEquals(recomputed(Aggregation.BEST_DAY, 5, 7, 1), corrected(Aggregation.BEST_DAY, new int[]{5, 7, 2}, 2, 1));
        assertEquals(recomputed(Aggregation.BEST_DAY, 5, 7, 6), corrected(Aggregation.BEST_DAY, new int[]{5, 7, 2}, 2, 6));
        assertEquals(recomputed(Aggregation.BEST_DAY, 5, 8, 2), corrected(Aggregation.BEST_DAY, new int[]{5, 7, 2}, 7, 8));
        assertEquals(recomputed(Aggregation.BEST_DAY, 5, 7, 2, 6), corrected(Aggregation.BEST_DAY, new int[]{5, 7, 2}, null, 6));
        // The best day corrected down: the next best is another day's, which the standing does not hold.
        assertEquals(Optional.empty(), corrected(Aggregation.BEST_DAY, new int[]{5, 7, 2}, 7, 3));
    }

    @Test
    void aStreakIsNeverCorrectedWithoutItsDays() {
        Standing standing = new Standing("a", 3, 3);
        assertEquals(Optional.empty(), new StreakScoring(5).corrected(standing, "a", Optional.of(6), 1));
        assertEquals(Optional.empty(), new Scoring(Aggregation.TOTAL).corrected(null, "a", Optional.of(6), 1),
                "a score corrected that the standing never counted");
    }
}
