package io.podium.recompute;

import io.podium.errors.Unavailable;

/**
 * The recompute request could not be queued, so the caller must retry the operation that asked for it. What was
 * saved before it stays saved; the message says so to the client, in the words of the operation that failed.
 */
public final class EnqueueFailedException extends Unavailable {
    public EnqueueFailedException(String message) {
        super("recompute_not_queued", message);
    }
}
