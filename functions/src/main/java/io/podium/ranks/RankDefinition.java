package io.podium.ranks;

import java.util.Optional;

/**
 * A standing ranking: its name and icon, its rule, the metric it ranks and, for a ratio, the denominator metric and
 * the denominator total below which a driver is not ranked. A rank created with an EASI'R rule keeps it ({@code seed});
 * a rank of one team ranks only its members.
 */
public record RankDefinition(String name, String icon, RankRule rule, String metric, Optional<String> denominatorMetric,
                             long minVolume, Optional<SeedRank> seed, Optional<RankTeam> team) {

    public RankDefinition(String name, String icon, RankBasis basis, Optional<SeedRank> seed, Optional<RankTeam> team) {
        this(name, icon, basis.rule(), basis.metric(), basis.denominatorMetric(), basis.minVolume(), seed, team);
    }

    /** What the board is computed from: a change rebuilds it. */
    public String boardDefinition() {
        return "rank:" + rule.wireName() + ":" + metric + denominatorMetric.map(d -> ":" + d + ":" + minVolume).orElse("")
                + team.map(t -> ":team:" + t.teamId()).orElse("");
    }

    public boolean uses(String metricName) {
        return metric.equals(metricName) || denominatorMetric.filter(metricName::equals).isPresent();
    }

    /** The rule's name as the rank was created with it: EASI'R's, or Podium's. */
    public String ruleName() {
        return seed.map(s -> s.rule().wireName()).orElse(rule.wireName());
    }

    /** What a ratio is multiplied by for its score: 100 for EASI'R's conversion rate, a percentage. */
    public int ratioScale() {
        return seed.filter(s -> s.rule().isRatio()).isPresent() ? 100 : 1;
    }
}
