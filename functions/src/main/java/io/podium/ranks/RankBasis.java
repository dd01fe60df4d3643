package io.podium.ranks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.Json;

import java.util.Optional;

/** What a rank computes: a rule on a metric, or, for a ratio, on a metric and a denominator metric. */
public record RankBasis(RankRule rule, String metric, Optional<String> denominatorMetric, long minVolume) {
    public RankBasis {
        if ((rule == RankRule.RATIO) != denominatorMetric.isPresent()) {
            throw new IllegalArgumentException("a ratio, and only a ratio, has a denominator metric");
        }
    }

    /** As a rank body names it ({@link RankRequest#basis}): {@code {"rule","settings":{"metric",…}}}. */
    public ObjectNode toJson() {
        ObjectNode node = Json.object().put("rule", rule.wireName());
        ObjectNode settings = node.putObject("settings").put("metric", metric);
        denominatorMetric.ifPresent(denominator -> settings.put("denominator_metric", denominator).put("min_volume", minVolume));
        return node;
    }
}
