package io.podium.scores;

import java.time.Instant;

/** A score as stored, with the time of the write that set it. */
public record StoredScore(String userxtid, int score, Instant updatedAt) {
}
