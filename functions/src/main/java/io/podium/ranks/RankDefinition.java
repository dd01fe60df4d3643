package io.podium.ranks;

import java.util.Optional;

/**
 * A standing ranking: its name and icon, its rule, the metric it ranks and, for a ratio, the denominator metric and
 * the denominator total below which a driver is not ranked.
 */
public record RankDefinition(String name, String icon, RankRule rule, String metric, Optional<String> denominatorMetric,
                             long minVolume) {

    /** What the board is computed from: a change rebuilds it. */
    public String boardDefinition() {
        return "rank:" + rule.wireName() + ":" + metric + denominatorMetric.map(d -> ":" + d + ":" + minVolume).orElse("");
    }

    public boolean uses(String metricName) {
        return metric.equals(metricName) || denominatorMetric.filter(metricName::equals).isPresent();
    }
}
