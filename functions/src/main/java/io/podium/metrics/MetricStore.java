package io.podium.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Where metrics and their finalization cut-offs live. */
public interface MetricStore {
    Optional<Metric> find(String copid, String metric);

    /** Every metric of the company, by name. */
    List<Metric> list(String copid);

    /**
     * Moves the cut-off forward to {@code date} if it is earlier or unset, creating the metric if missing.
     * Never moves it back.
     *
     * @return the metric as it stands afterwards
     */
    Metric finalizeThrough(String copid, String metric, LocalDate date, Instant now);

    /** Every metric of every company (a Scan), for the repair sweep. */
    void forEach(BiConsumer<String, Metric> action);
}
