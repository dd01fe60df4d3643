package io.podium.badges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.ids.CampaignId;
import io.podium.json.Json;
import io.podium.scores.ScoreRules;

import java.util.Optional;
import java.util.function.BiFunction;

/** When a badge is earned, always from finalized data, so that no badge ever has to be taken back. */
public sealed interface BadgeRule {
    int MAX_DAYS = 3660;
    int MAX_TOP = 1000;

    String type();

    ObjectNode toJson();

    /** The metric whose finalized days the rule reads; empty for campaign rules, which read campaign boards. */
    default Optional<String> metricRead() {
        return Optional.empty();
    }

    /** Some finalized day with a score at or above the threshold. */
    record DailyScoreAtLeast(String metric, long threshold) implements BadgeRule {
        @Override
        public Optional<String> metricRead() {
            return Optional.of(metric);
        }

        @Override
        public String type() {
            return "daily_score_at_least";
        }

        @Override
        public ObjectNode toJson() {
            return Json.object().put("type", type()).put("metric", metric).put("threshold", threshold);
        }
    }

    /** That many consecutive finalized days at or above the threshold. */
    record Streak(String metric, long threshold, int days) implements BadgeRule {
        @Override
        public Optional<String> metricRead() {
            return Optional.of(metric);
        }

        @Override
        public String type() {
            return "streak";
        }

        @Override
        public ObjectNode toJson() {
            return Json.object().put("type", type()).put("metric", metric).put("threshold", threshold).put("days", days);
        }
    }

    /** A finalized total at or above the threshold. */
    record TotalAtLeast(String metric, long threshold) implements BadgeRule {
        @Override
        public Optional<String> metricRead() {
            return Optional.of(metric);
        }

        @Override
        public String type() {
            return "total_at_least";
        }

        @Override
        public ObjectNode toJson() {
            return Json.object().put("type", type()).put("metric", metric).put("threshold", threshold);
        }
    }

    /** Ranked first (ties included) on a completed campaign: that one, or any. */
    record CampaignWinner(Optional<String> campaign) implements BadgeRule {
        @Override
        public String type() {
            return "campaign_winner";
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode node = Json.object().put("type", type());
            campaign.ifPresent(id -> node.put("campaign", id));
            return node;
        }
    }

    /** Ranked n or better on a completed campaign: that one, or any. */
    record CampaignTop(int n, Optional<String> campaign) implements BadgeRule {
        @Override
        public String type() {
            return "campaign_top";
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode node = Json.object().put("type", type()).put("n", n);
            campaign.ifPresent(id -> node.put("campaign", id));
            return node;
        }
    }

    /** Reads a rule object; {@code errors} reports its fields (as {@code rule.<field>}). */
    static Optional<BadgeRule> parse(JsonNode rule, FieldErrors errors) {
        Optional<String> type = errors.requiredText(rule, null, "type");
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return switch (type.get()) {
            case "daily_score_at_least" -> both(metric(rule, errors), threshold(rule, errors), DailyScoreAtLeast::new);
            case "total_at_least" -> both(metric(rule, errors), threshold(rule, errors), TotalAtLeast::new);
            case "streak" -> {
                Optional<String> metric = metric(rule, errors);
                Optional<Long> threshold = threshold(rule, errors);
                Optional<Long> days = required(errors.integer(rule, "days", 1, MAX_DAYS), rule, "days", errors);
                yield metric.isPresent() && threshold.isPresent() && days.isPresent()
                        ? Optional.of(new Streak(metric.get(), threshold.get(), days.get().intValue()))
                        : Optional.empty();
            }
            case "campaign_winner" -> Optional.of(new CampaignWinner(campaign(rule, errors)));
            case "campaign_top" -> {
                Optional<String> campaign = campaign(rule, errors);
                yield required(errors.integer(rule, "n", 1, MAX_TOP), rule, "n", errors)
                        .map(n -> new CampaignTop(n.intValue(), campaign));
            }
            default -> {
                errors.invalid(null, "type",
                        "must be one of daily_score_at_least, streak, total_at_least, campaign_winner, campaign_top");
                yield Optional.empty();
            }
        };
    }

    /** A rule as stored, which was valid when it was written. */
    static BadgeRule fromStored(JsonNode rule) {
        FieldErrors errors = new FieldErrors();
        Optional<BadgeRule> parsed = parse(rule, errors);
        errors.throwIfAny();
        return parsed.orElseThrow();
    }

    private static Optional<BadgeRule> both(Optional<String> metric, Optional<Long> threshold,
                                            BiFunction<String, Long, BadgeRule> rule) {
        return metric.isPresent() && threshold.isPresent()
                ? Optional.of(rule.apply(metric.get(), threshold.get()))
                : Optional.empty();
    }

    private static Optional<String> metric(JsonNode rule, FieldErrors errors) {
        return ScoreRules.metric(errors.requiredText(rule, null, "metric"), null, "metric", errors);
    }

    private static Optional<Long> threshold(JsonNode rule, FieldErrors errors) {
        return required(errors.integer(rule, "threshold", Integer.MIN_VALUE, Long.MAX_VALUE / 2), rule, "threshold", errors);
    }

    private static Optional<String> campaign(JsonNode rule, FieldErrors errors) {
        Optional<String> campaign = errors.text(rule, null, "campaign");
        campaign.filter(id -> !CampaignId.isValid(id))
                .ifPresent(id -> errors.invalid(null, "campaign", "must match " + CampaignId.VALID.pattern()));
        return campaign.filter(CampaignId::isValid);
    }

    private static <T> Optional<T> required(Optional<T> value, JsonNode rule, String field, FieldErrors errors) {
        if (rule.get(field) == null || rule.get(field).isNull()) {
            errors.invalid(null, field, "is required");
        }
        return value;
    }
}
