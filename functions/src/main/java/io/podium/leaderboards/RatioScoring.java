package io.podium.leaderboards;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A ratio of two metrics' finalized totals (a conversion rate): {@code accumulated} is the numerator's total and
 * {@code days} the denominator's, the score {@code scale} × their ratio (100 for a percentage). It is computed from two
 * total boards, never day by day.
 */
public final class RatioScoring implements BoardScoring {
    public static final int DECIMALS = 4;

    private final BigDecimal scale;

    public RatioScoring(int scale) {
        this.scale = BigDecimal.valueOf(scale);
    }

    @Override
    public BigDecimal score(Standing standing) {
        return BigDecimal.valueOf(standing.accumulated()).multiply(scale)
                .divide(BigDecimal.valueOf(standing.days()), DECIMALS, RoundingMode.HALF_UP);
    }
}
