package io.podium.paging;

import java.util.Optional;

/** Playoff's paging: {@code ?skip=S&limit=N}, S from 0 (default 0), N from 1 to a route's maximum (default 10). */
public record SkipLimit(int skip, int limit) {
    public static final int DEFAULT_LIMIT = 10;
    /** Far enough for any page a person or a client walks; a page further in would read the whole partition. */
    public static final int MAX_SKIP = 1_000_000;

    public static SkipLimit parse(Optional<String> skip, Optional<String> limit, int maxLimit) {
        return new SkipLimit(QueryLimit.bounded(skip, "skip", 0, 0, MAX_SKIP), QueryLimit.parse(limit, DEFAULT_LIMIT, maxLimit));
    }
}
