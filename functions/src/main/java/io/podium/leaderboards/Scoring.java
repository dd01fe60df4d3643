package io.podium.leaderboards;

import io.podium.campaigns.Aggregation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The campaign aggregations (also the rules of ranks): how a day adds to a driver's aggregate, and the score shown. */
public final class Scoring implements DayScoring {
    private final Aggregation aggregation;

    public Scoring(Aggregation aggregation) {
        this.aggregation = aggregation;
    }

    /** Adds one finalized day's score of a driver to their aggregate (absent before their first counted day). */
    @Override
    public Standing add(Standing before, String userxtid, int score) {
        if (before == null) {
            return new Standing(userxtid, score, 1);
        }
        long accumulated = aggregation == Aggregation.BEST_DAY
                ? Math.max(before.accumulated(), score)
                : before.accumulated() + score;
        return new Standing(userxtid, accumulated, before.days() + 1);
    }

    /** The score a driver is ranked by and shown with: for average, the mean rounded half-up to 2 decimals. */
    @Override
    public BigDecimal score(Standing standing) {
        return switch (aggregation) {
            case TOTAL, BEST_DAY -> BigDecimal.valueOf(standing.accumulated());
            case ACTIVE_DAYS -> BigDecimal.valueOf(standing.days());
            case AVERAGE -> BigDecimal.valueOf(standing.accumulated())
                    .divide(BigDecimal.valueOf(standing.days()), 2, RoundingMode.HALF_UP);
        };
    }
}
