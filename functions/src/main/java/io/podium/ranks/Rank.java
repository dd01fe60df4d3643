package io.podium.ranks;

import java.time.Instant;

/** A company's rank; its board lives in the Leaderboards table under {@link #boardId()}. */
public record Rank(String copid, String id, RankDefinition definition, Instant createdAt, Instant updatedAt) {
    public static final String BOARD_PREFIX = "rank:";

    public String boardId() {
        return BOARD_PREFIX + id;
    }
}
