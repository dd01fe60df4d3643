package io.podium.ranks;

import java.util.Optional;

/**
 * The rank rules of the EASI'R API. EASI'R computes them from its CRM; Podium computes each as one of its own rules on
 * metrics the company pushes, as its settings say ({@link SeedRules}).
 */
public enum SeedRule {
    TOTAL_SALES("total_sales", new RankBasis(RankRule.TOTAL, "total_sales", Optional.empty(), 0)),
    EMAILS_SENT("emails_sent", new RankBasis(RankRule.TOTAL, "emails_sent", Optional.empty(), 0)),
    /** A percentage: 100 × conversions ÷ leads. */
    CONVERSION_RATE("conversion_rate", new RankBasis(RankRule.RATIO, "conversions", Optional.of("leads"), 0));

    private final String wireName;
    private final RankBasis defaultBasis;

    SeedRule(String wireName, RankBasis defaultBasis) {
        this.wireName = wireName;
        this.defaultBasis = defaultBasis;
    }

    public String wireName() {
        return wireName;
    }

    /** How a company that never said otherwise computes the rule. */
    public RankBasis defaultBasis() {
        return defaultBasis;
    }

    /** Whether the rule is a ratio: {@code conversion_rate}, whose score is a percentage. */
    public boolean isRatio() {
        return defaultBasis.rule() == RankRule.RATIO;
    }

    public static Optional<SeedRule> fromWireName(String name) {
        for (SeedRule rule : values()) {
            if (rule.wireName.equals(name)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
