package io.podium.recompute;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Asks the background consumer to bring every leaderboard of a metric up to the metric's cut-off. The
 * consumer reads the cut-off itself; {@code finalizedThrough} only says what prompted the request, and
 * {@code cause} tells requests apart so that a repeat of the same one can be recognised as such.
 */
public record RecomputeRequest(String copid, String metric, Optional<LocalDate> finalizedThrough, String cause) {
    public static RecomputeRequest afterFinalize(String copid, String metric, LocalDate finalizedThrough) {
        return new RecomputeRequest(copid, metric, Optional.of(finalizedThrough), "finalize");
    }

    /** After the metric's correction number {@code sequence} (or a repeat of it), which a repeat queues again. */
    public static RecomputeRequest afterCorrection(String copid, String metric, long sequence) {
        return new RecomputeRequest(copid, metric, Optional.empty(), "correction:" + sequence);
    }
}
