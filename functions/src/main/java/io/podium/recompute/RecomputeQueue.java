package io.podium.recompute;

/** Where recompute requests go. */
public interface RecomputeQueue {
    /** @throws EnqueueFailedException if the request could not be handed over */
    void send(RecomputeRequest request);
}
