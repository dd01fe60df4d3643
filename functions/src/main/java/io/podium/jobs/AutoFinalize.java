package io.podium.jobs;

import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.scores.Finalizer;
import io.podium.settings.SettingsStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For every company with autoFinalizeAfterDays = N, finalizes each of its metrics through today minus N
 * days (UTC), through the same {@link Finalizer} as the finalize endpoint.
 */
public final class AutoFinalize {
    private final SettingsStore settings;
    private final MetricStore metrics;
    private final Finalizer finalizer;
    private final Clock clock;

    public AutoFinalize(SettingsStore settings, MetricStore metrics, Finalizer finalizer, Clock clock) {
        this.settings = settings;
        this.metrics = metrics;
        this.finalizer = finalizer;
        this.clock = clock;
    }

    /** @return how many metrics were finalized (or confirmed) */
    public int run() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        AtomicInteger finalized = new AtomicInteger();
        settings.forEachAutoFinalizing(company -> {
            LocalDate through = today.minusDays(company.autoFinalizeAfterDays().orElseThrow());
            for (Metric metric : metrics.list(company.copid())) {
                finalizer.finalizeThrough(company.copid(), metric.name(), through);
                finalized.incrementAndGet();
            }
        });
        return finalized.get();
    }
}
