package io.podium.scores;

import java.time.Instant;

/**
 * A score as stored, with the time of the write that set it and the sequence of the correction that set it (0 when a
 * submission did): the recompute tells by it a correction made while it read the day.
 */
public record StoredScore(String userxtid, int score, Instant updatedAt, long correction) {
}
