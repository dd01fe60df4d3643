package io.podium.adapters;

/**
 * DynamoDB stayed throttled, unreachable or contended after our retries. Callers answer 503 with
 * Retry-After; nothing was written.
 */
public final class StoreBusyException extends RuntimeException {
    public StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
