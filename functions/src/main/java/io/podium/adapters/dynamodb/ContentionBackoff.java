package io.podium.adapters.dynamodb;

import io.podium.adapters.StoreBusyException;

import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * How long to wait before retrying a write that lost a race (capped exponential backoff with full jitter,
 * so that contending writers spread out instead of colliding again).
 */
public record ContentionBackoff(int maxAttempts, Duration base, Duration cap) {
    public static final ContentionBackoff DEFAULT =
            new ContentionBackoff(6, Duration.ofMillis(20), Duration.ofMillis(400));

    /** Cancellation codes that mean "lost a race or was throttled": the same request may succeed later. */
    static final Set<String> LOST_RACES = Set.of("TransactionConflict", "ThrottlingError",
            "ProvisionedThroughputExceeded", "RequestLimitExceeded");

    /**
     * Runs {@code attempt} until it returns, pausing before each retry. A cancelled transaction is retried when one of
     * its reasons is in {@code retryable} (and thrown otherwise); after {@link #maxAttempts} it is a transient fault,
     * answered 503 busy.
     */
    <T> T transact(String what, Set<String> retryable, Supplier<T> attempt) {
        TransactionCanceledException lastConflict = null;
        for (int n = 1; n <= maxAttempts; n++) {
            if (n > 1) {
                pauseBefore(n);
            }
            try {
                return attempt.get();
            } catch (TransactionCanceledException cancelled) {
                if (cancelled.cancellationReasons().stream().noneMatch(reason -> retryable.contains(reason.code()))) {
                    throw cancelled;
                }
                lastConflict = cancelled;
            }
        }
        throw new StoreBusyException(what + " after " + maxAttempts + " attempts", lastConflict);
    }

    /** Waits before attempt {@code attempt} (2, 3, …). */
    void pauseBefore(int attempt) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt - 2, 20));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreBusyException("interrupted while backing off", e);
        }
    }
}
