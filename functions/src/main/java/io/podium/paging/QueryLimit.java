package io.podium.paging;

import io.podium.errors.InvalidInput;

import java.util.Optional;

/** A page size given as ?limit=N, bounded. */
public final class QueryLimit {
    private QueryLimit() {
    }

    public static int parse(Optional<String> value, int defaultLimit, int maxLimit) {
        if (value.isEmpty()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(value.get());
            if (limit >= 1 && limit <= maxLimit) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw InvalidInput.validationFailed("limit", "must be an integer from 1 to " + maxLimit);
    }
}
