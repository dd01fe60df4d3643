package io.podium.scores;

import java.time.LocalDate;

/** The batch's date is on or before the metric's finalization cut-off; nothing was written. */
public final class ScoreFinalizedException extends RuntimeException {
    public ScoreFinalizedException(String metric, LocalDate date) {
        super("Scores of metric " + metric + " are finalized through " + date + " or later.", null, false, false);
    }
}
