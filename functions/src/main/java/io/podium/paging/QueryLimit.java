package io.podium.paging;

import io.podium.errors.InvalidInput;

import java.util.Optional;

/** A page size given as ?limit=N, bounded; and the bounded whole numbers of queries in general. */
public final class QueryLimit {
    private QueryLimit() {
    }

    public static int parse(Optional<String> value, int defaultLimit, int maxLimit) {
        return bounded(value, "limit", defaultLimit, 1, maxLimit);
    }

    /** A query parameter that is a whole number from {@code min} to {@code max}, {@code fallback} when absent. */
    static int bounded(Optional<String> value, String name, int fallback, int min, int max) {
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw InvalidInput.validationFailed(name, "must be an integer from " + min + " to " + max);
    }
}
