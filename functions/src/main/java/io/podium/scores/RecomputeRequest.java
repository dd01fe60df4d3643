package io.podium.scores;

import java.time.LocalDate;

/** Asks the background consumer to bring the leaderboards of a metric up to its cut-off. */
public record RecomputeRequest(String copid, String metric, LocalDate finalizedThrough) {
}
