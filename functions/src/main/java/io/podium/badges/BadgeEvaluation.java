package io.podium.badges;

import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.recompute.Reevaluation;

import java.util.List;

/** Queues a saved badge's evaluation against the finalized history of the metrics its rule reads. */
public final class BadgeEvaluation {
    private final MetricStore metrics;
    private final Reevaluation reevaluation;

    public BadgeEvaluation(MetricStore metrics, Reevaluation reevaluation) {
        this.metrics = metrics;
        this.reevaluation = reevaluation;
    }

    public void of(Badge badge) {
        // A campaign rule reads the boards of campaigns on any metric.
        List<String> read = badge.rule().metricRead().map(List::of)
                .orElseGet(() -> metrics.list(badge.copid()).stream().map(Metric::name).toList());
        reevaluation.of(badge.copid(), read, "Badge " + badge.id(), "badge:" + badge.id() + ":" + badge.updatedAt());
    }
}
