package io.podium.ranks;

import io.podium.campaigns.Aggregation;

import java.util.Optional;

/** How a rank scores a driver over all finalized days: a campaign aggregation, or a ratio of two metrics' totals. */
public enum RankRule {
    TOTAL("total", Aggregation.TOTAL),
    AVERAGE("average", Aggregation.AVERAGE),
    BEST_DAY("best_day", Aggregation.BEST_DAY),
    ACTIVE_DAYS("active_days", Aggregation.ACTIVE_DAYS),
    RATIO("ratio", null);

    private final String wireName;
    private final Aggregation aggregation;

    RankRule(String wireName, Aggregation aggregation) {
        this.wireName = wireName;
        this.aggregation = aggregation;
    }

    public String wireName() {
        return wireName;
    }

    /** The aggregation of the metric's days; empty for a ratio, which joins two totals. */
    public Optional<Aggregation> aggregation() {
        return Optional.ofNullable(aggregation);
    }

    public static Optional<RankRule> fromWireName(String name) {
        for (RankRule rule : values()) {
            if (rule.wireName.equals(name)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
