package io.podium.leaderboards;

import io.podium.campaigns.Aggregation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

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

    /**
     * A sum or a count takes the change as it is; a best day too, unless the day corrected down was the best, when the
     * next best is not known here. A day the driver had no score on is a day added, in any order.
     */
    @Override
    public Optional<Standing> corrected(Standing standing, String userxtid, Optional<Integer> before, int after) {
        if (before.isEmpty()) {
            return Optional.of(add(standing, userxtid, after));
        }
        if (standing == null) {
            return Optional.empty();
        }
        if (aggregation != Aggregation.BEST_DAY) {
            return Optional.of(new Standing(userxtid, standing.accumulated() - before.get() + after, standing.days()));
        }
        long best = standing.accumulated();
        if (before.get() < best) {
            return Optional.of(new Standing(userxtid, Math.max(best, after), standing.days()));
        }
        return before.get() == best && after >= best
                ? Optional.of(new Standing(userxtid, after, standing.days()))
                : Optional.empty();
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
