package io.podium.leaderboards;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A ratio of two metrics' finalized totals (a conversion rate): {@code accumulated} is the numerator's total and
 * {@code days} the denominator's. It is computed from two total boards, never day by day.
 */
public final class RatioScoring implements BoardScoring {
    public static final int DECIMALS = 4;

    @Override
    public BigDecimal score(Standing standing) {
        return BigDecimal.valueOf(standing.accumulated())
                .divide(BigDecimal.valueOf(standing.days()), DECIMALS, RoundingMode.HALF_UP);
    }
}
