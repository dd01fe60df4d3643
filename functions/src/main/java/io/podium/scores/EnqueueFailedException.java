package io.podium.scores;

/** The recompute request could not be queued; the caller must retry the operation that asked for it. */
public final class EnqueueFailedException extends RuntimeException {
    public EnqueueFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
