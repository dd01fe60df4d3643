package io.podium.e2e;

/** What makes a field's value valid, and so which values break it. */
enum FieldKind {
    PATTERN, OPTIONAL_PATTERN, DATE, CAMPAIGN_ID, PATH_ID, USERXTID, NAME, DESCRIPTION_2000, DESCRIPTION_256, INT32, DAYS,
    SCORES, SCOPES,
    /** An optional boolean (a badge's special). */
    BOOL,
    /** Optional integers: a badge's points (0 to 1,000,000), a ratio rank's min_volume (0 to 2^62 - 1). */
    POINTS, MIN_VOLUME,
    /** Required integers of a badge rule: threshold (-2^31 to 2^62 - 1), a streak's days (1 to 3660). */
    THRESHOLD, STREAK_DAYS,
    /** A new player's id: letters, digits and underscores, not starting with a digit, at most 128. */
    PLAYER_ID,
    /** An invitation's player id: a new player's id, or none. */
    OPTIONAL_PLAYER_ID,
    /** An optional label of 1 to 255 characters: a player's alias when created, a profile field. */
    OPTIONAL_NAME,
    /** A required text of 1 to 500 characters without control characters: a correction's reason. */
    REASON;

    /** The integers a numeric kind of the engagement routes accepts, {min, max}; null for the other kinds. */
    long[] integerRange() {
        return switch (this) {
            case POINTS -> new long[] {0, 1_000_000};
            case MIN_VOLUME -> new long[] {0, Long.MAX_VALUE / 2};
            case THRESHOLD -> new long[] {Integer.MIN_VALUE, Long.MAX_VALUE / 2};
            case STREAK_DAYS -> new long[] {1, 3660};
            default -> null;
        };
    }

    boolean isText() {
        return this != INT32 && this != DAYS && this != SCORES && this != SCOPES && this != BOOL && integerRange() == null;
    }

    /** Whether null (or leaving the field out) is valid. */
    boolean optional() {
        return this == CAMPAIGN_ID || this == OPTIONAL_PATTERN || this == PATH_ID || this == DESCRIPTION_2000
                || this == DESCRIPTION_256 || this == DAYS || this == BOOL || this == POINTS || this == MIN_VOLUME
                || this == OPTIONAL_NAME || this == OPTIONAL_PLAYER_ID;
    }

    /** The length from which a string breaks the field. */
    int tooLong() {
        return switch (this) {
            case USERXTID, PLAYER_ID, OPTIONAL_PLAYER_ID -> 129;
            case NAME, OPTIONAL_NAME -> 256;
            case REASON -> 501;
            case DESCRIPTION_2000 -> 2001;
            case DESCRIPTION_256 -> 257;
            default -> 65;
        };
    }
}
