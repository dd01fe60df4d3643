package io.podium.customboards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/** How a team's score comes from its members' values: their sum, or their average rounded half-up to 2 decimals. */
public enum Aggregation {
    SUM("sum"), AVERAGE("average");

    private final String json;

    Aggregation(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<Aggregation> named(String name) {
        return Arrays.stream(values()).filter(aggregation -> aggregation.json.equals(name)).findFirst();
    }

    /** The team's score from its members' values (an empty team scores 0). */
    public BigDecimal of(Collection<Long> values) {
        BigDecimal sum = BigDecimal.valueOf(values.stream().mapToLong(Long::longValue).sum());
        if (this == SUM) {
            return sum;
        }
        return values.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
