package io.podium.scores;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The record of corrections of finalized scores, kept with the scores they change. A metric's corrections are
 * numbered 1, 2, 3, … in the order they were made: the recompute brings each board up to the latest one.
 */
public interface CorrectionStore {
    /**
     * Sets the batch's scores, and records each score it changes (a score set to the value it has is no change), in one
     * transaction: every changed score is written on condition of the value it was read with, with its record, so that
     * a concurrent correction of the same score is read again and recorded after it, never lost. Contention that
     * outlasts the store's retries is a transient fault (answered 503 busy). The day must be finalized: the caller
     * checks it (a cut-off never moves back).
     */
    CorrectionOutcome correct(String copid, ScoreBatch batch, String reason, String by, Instant now);

    /** The sequence of the metric's latest correction, 0 if it has none; strongly consistent. */
    long latest(String copid, String metric);

    /** The changed scores of corrections {@code after} + 1 to {@code through}, in the order they were made. */
    List<ScoreCorrection> between(String copid, String metric, long after, long through);

    /**
     * A page of the corrections of the days {@code from} to {@code to}: the latest day first, and on a day the latest
     * correction first. {@code after} is the {@link CorrectionPage#next} of the page before.
     */
    CorrectionPage page(String copid, String metric, LocalDate from, LocalDate to, int limit, Optional<String> after);

    /** Takes an erased driver's name, scores and the reasons out of the record, leaving each correction's place. */
    void eraseDriver(String copid, String userxtid);
}
