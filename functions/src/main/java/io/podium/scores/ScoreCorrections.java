package io.podium.scores;

import io.podium.errors.Conflict;
import io.podium.errors.NotFound;
import io.podium.events.EventLog;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.recompute.EnqueueFailedException;
import io.podium.recompute.RecomputeQueue;
import io.podium.recompute.RecomputeRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Corrections of finalized days, on the record. A finalized day stays closed to POST …/scores; a correction changes
 * its scores with an audit entry per changed score, logs a {@code correction} event per changed score in the activity
 * feeds ({@link CorrectionEvents}), then queues the recompute of the metric's boards, which brings every board that
 * counted the day up to the correction (see {@code BoardRecomputer}).
 *
 * <p>The events are appended after the correction's transaction, which holds 100 items already at 50 changes: a
 * request whose events or recompute failed is repeated, changes nothing more, and logs the events of the metric's
 * latest correction that are missing (each has a key), then queues the recompute.
 */
public final class ScoreCorrections {
    private final MetricStore metrics;
    private final CorrectionStore store;
    private final RecomputeQueue queue;
    private final EventLog events;
    private final Clock clock;

    public ScoreCorrections(MetricStore metrics, CorrectionStore store, RecomputeQueue queue, EventLog events,
                            Clock clock) {
        this.metrics = metrics;
        this.store = store;
        this.queue = queue;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Corrects the batch's scores of a finalized day, as the token {@code by}, and queues the recompute of the metric.
     * The recompute is queued even when nothing changed, so that repeating a request whose recompute could not be
     * queued queues it; and the latest correction's events are logged again then (those missing).
     *
     * @throws NotFound 404 metric_not_found for a metric the company does not have
     * @throws Conflict 409 day_not_finalized when the day is not finalized: its scores are still submitted
     * @throws EnqueueFailedException when the corrections are saved but the recompute could not be queued
     */
    public CorrectionOutcome correct(String copid, CorrectionRequest request, String by) {
        ScoreBatch batch = request.batch();
        Metric metric = metrics.find(copid, batch.metric())
                .orElseThrow(() -> new NotFound("metric_not_found", "No metric " + batch.metric() + "."));
        if (!metric.isFinalized(batch.date())) {
            throw new Conflict("day_not_finalized", "Scores of metric " + batch.metric() + " on " + batch.date()
                    + " are not finalized: submit them with POST …/scores; only a finalized day is corrected.");
        }
        Instant now = clock.instant();
        CorrectionOutcome outcome = store.correct(copid, batch, request.reason(), by, now);
        events.appendKeyed(copid, toLog(copid, request, by, now, outcome).stream()
                .map(correction -> CorrectionEvents.of(copid, correction)).toList());
        try {
            queue.send(RecomputeRequest.afterCorrection(copid, batch.metric(), outcome.sequence()));
        } catch (EnqueueFailedException notQueued) {
            throw new EnqueueFailedException("The corrections are saved, but the recompute of the boards could not be "
                    + "queued; repeat the same request: it changes nothing more, and queues the recompute.");
        }
        return outcome;
    }

    /** What to log: the scores just corrected, or, when the request changed nothing, the latest correction's. */
    private List<ScoreCorrection> toLog(String copid, CorrectionRequest request, String by, Instant now,
                                        CorrectionOutcome outcome) {
        ScoreBatch batch = request.batch();
        if (outcome.changes().isEmpty()) {
            return outcome.sequence() == 0 ? List.of()
                    : store.between(copid, batch.metric(), outcome.sequence() - 1, outcome.sequence());
        }
        return outcome.changes().stream().map(change -> new ScoreCorrection(outcome.sequence(), batch.date(),
                batch.metric(), change.userxtid(), change.before(), change.after(), request.reason(), by, now)).toList();
    }
}
