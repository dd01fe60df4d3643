package io.podium.ranks;

import io.podium.errors.NotFound;

import java.time.Instant;

/** A company's rank; its board lives in the Leaderboards table under {@link #boardId()}. */
public record Rank(String copid, String id, RankDefinition definition, Instant createdAt, Instant updatedAt) {
    public static final String BOARD_PREFIX = "rank:";

    public String boardId() {
        return BOARD_PREFIX + id;
    }

    /** The refusal for a rank id the company does not have. */
    public static NotFound notFound() {
        return new NotFound("rank_not_found", "The company has no such rank.");
    }
}
