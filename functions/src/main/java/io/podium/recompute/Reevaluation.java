package io.podium.recompute;

import java.util.Collection;
import java.util.Optional;

/**
 * Queues the recompute of metrics after a badge or rank changed, so that it is evaluated against the finalized
 * history now rather than at the metric's next finalize.
 */
public final class Reevaluation {
    private final RecomputeQueue queue;

    public Reevaluation(RecomputeQueue queue) {
        this.queue = queue;
    }

    /** @param what names the saved definition in the refusal, e.g. "Badge 3" */
    public void of(String copid, Collection<String> metrics, String what, String cause) {
        try {
            for (String metric : metrics) {
                queue.send(new RecomputeRequest(copid, metric, Optional.empty(), cause));
            }
        } catch (EnqueueFailedException notQueued) {
            throw new EnqueueFailedException(what + " is saved, but its evaluation could not be queued; "
                    + "it is evaluated at the metric's next finalize.");
        }
    }
}
