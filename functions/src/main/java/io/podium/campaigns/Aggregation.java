package io.podium.campaigns;

import java.util.Optional;

/** How a campaign turns a driver's finalized daily scores into one leaderboard score. */
public enum Aggregation {
    /** The sum of the days' scores. */
    TOTAL("total"),
    /** The highest single day. */
    BEST_DAY("best_day"),
    /** The mean over days with a score, two decimals, half-up. */
    AVERAGE("average"),
    /** The number of days with a score. */
    ACTIVE_DAYS("active_days");

    private final String wireName;

    Aggregation(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Aggregation> fromWireName(String name) {
        for (Aggregation aggregation : values()) {
            if (aggregation.wireName.equals(name)) {
                return Optional.of(aggregation);
            }
        }
        return Optional.empty();
    }
}
