package io.podium.scores;

import java.util.List;

/**
 * What a correction changed, in the batch's order, and its {@code sequence} among the metric's corrections; when it
 * changed nothing, the sequence of the metric's latest correction (0 for none).
 */
public record CorrectionOutcome(long sequence, List<ScoreChange> changes) {
    public CorrectionOutcome {
        changes = List.copyOf(changes);
    }
}
