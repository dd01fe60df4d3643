package io.podium.engagement;

import io.podium.campaigns.Aggregation;
import io.podium.leaderboards.BoardSpec;
import io.podium.leaderboards.Scoring;
import io.podium.leaderboards.StreakScoring;
import io.podium.metrics.Metric;

/**
 * The statistics badges and levels are computed from, kept as boards without a date window in the Leaderboards
 * table (ids {@code stat:<metric>:…}, which no campaign id can be): a metric's finalized totals, best days, and
 * longest runs at or above a threshold.
 */
public final class StatBoards {
    public static final String TOTAL_DEFINITION = "stat:total";
    static final String BEST_DAY_DEFINITION = "stat:best_day";

    private StatBoards() {
    }

    public static String totalId(String metric) {
        return "stat:" + metric + ":total";
    }

    static String bestDayId(String metric) {
        return "stat:" + metric + ":best_day";
    }

    static String streakId(String metric, long threshold) {
        return "stat:" + metric + ":streak:" + threshold;
    }

    static String streakDefinition(long threshold) {
        return "stat:streak:" + threshold;
    }

    static BoardSpec total(String copid, Metric metric) {
        return BoardSpec.unbounded(copid, totalId(metric.name()), TOTAL_DEFINITION, metric.historyStart(),
                new Scoring(Aggregation.TOTAL));
    }

    static BoardSpec bestDay(String copid, Metric metric) {
        return BoardSpec.unbounded(copid, bestDayId(metric.name()), BEST_DAY_DEFINITION, metric.historyStart(),
                new Scoring(Aggregation.BEST_DAY));
    }

    static BoardSpec streak(String copid, Metric metric, long threshold) {
        return BoardSpec.unbounded(copid, streakId(metric.name(), threshold), streakDefinition(threshold),
                metric.historyStart(), new StreakScoring(threshold));
    }
}
