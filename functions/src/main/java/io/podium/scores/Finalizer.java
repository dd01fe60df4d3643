package io.podium.scores;

import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.recompute.EnqueueFailedException;
import io.podium.recompute.RecomputeQueue;
import io.podium.recompute.RecomputeRequest;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Finalizes a metric through a date and asks for the leaderboards to be recomputed. The one path every
 * finalization takes (the endpoint now, scheduled auto-finalization later).
 */
public final class Finalizer {
    private final MetricStore metrics;
    private final RecomputeQueue queue;
    private final Clock clock;

    public Finalizer(MetricStore metrics, RecomputeQueue queue, Clock clock) {
        this.metrics = metrics;
        this.queue = queue;
        this.clock = clock;
    }

    /**
     * Moves the cut-off forward (never back) and, when the cut-off now equals {@code date}, queues a
     * recompute. That includes a repeat of the same finalize: if the queue failed after the update the first
     * time, the client's retry still delivers the message. An earlier date changes nothing and queues nothing.
     *
     * @throws EnqueueFailedException after the cut-off moved but the message was not queued
     */
    public Metric finalizeThrough(String copid, String metric, LocalDate date) {
        Metric after = metrics.finalizeThrough(copid, metric, date, clock.instant());
        if (after.finalizedThrough().filter(date::equals).isPresent()) {
            try {
                queue.send(RecomputeRequest.afterFinalize(copid, metric, date));
            } catch (EnqueueFailedException notQueued) {
                throw new EnqueueFailedException("The cut-off is saved but the leaderboard recompute could not be "
                        + "queued; retry the same request.");
            }
        }
        return after;
    }
}
