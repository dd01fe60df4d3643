package io.podium.paging;

import io.podium.errors.InvalidInput;

import java.util.Optional;

/** Playoff's search query: {@code ?pattern=P&skip=S&limit=N}, the pattern at most {@link #MAX_PATTERN} characters. */
public record SearchQuery(String pattern, SkipLimit page) {
    /** Longer than any alias or name: a pattern past it can match nothing. */
    public static final int MAX_PATTERN = 255;

    public static SearchQuery parse(Optional<String> pattern, Optional<String> skip, Optional<String> limit, int maxLimit) {
        String text = pattern.orElse("");
        if (text.length() > MAX_PATTERN) {
            throw InvalidInput.validationFailed("pattern", "must be at most " + MAX_PATTERN + " characters");
        }
        return new SearchQuery(text, SkipLimit.parse(skip, limit, maxLimit));
    }
}
