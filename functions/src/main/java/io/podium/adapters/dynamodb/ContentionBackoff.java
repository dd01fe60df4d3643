package io.podium.adapters.dynamodb;

import io.podium.adapters.StoreBusyException;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before retrying a write that lost a race (capped exponential backoff with full jitter,
 * so that contending writers spread out instead of colliding again).
 */
public record ContentionBackoff(int maxAttempts, Duration base, Duration cap) {
    public static final ContentionBackoff DEFAULT =
            new ContentionBackoff(6, Duration.ofMillis(20), Duration.ofMillis(400));

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
