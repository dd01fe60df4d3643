package io.podium.scores;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One changed score on the record: which correction changed it ({@code sequence}: the metric's corrections are
 * numbered 1, 2, 3, … in the order they were made, without gaps), the day and driver, the score before (empty when the
 * driver had none that day) and after, why, by which token and when.
 */
public record ScoreCorrection(long sequence, LocalDate date, String metric, String userxtid, Optional<Integer> before,
                              int after, String reason, String by, Instant at) {

    public ScoreChange change() {
        return new ScoreChange(userxtid, before, after);
    }
}
