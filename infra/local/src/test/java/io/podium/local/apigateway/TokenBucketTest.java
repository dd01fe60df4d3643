package io.podium.local.apigateway;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBurstThenTheRate() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);
        assertTrue(bucket.tryTake(0));
        assertTrue(bucket.tryTake(0));
        assertTrue(bucket.tryTake(0));
        assertFalse(bucket.tryTake(0), "the burst is spent");
        assertFalse(bucket.tryTake(SECOND / 4), "half a request refilled");
        assertTrue(bucket.tryTake(SECOND / 2), "one request refilled at 2 a second");
        assertFalse(bucket.tryTake(SECOND / 2));
        for (int i = 0; i < 3; i++) {
            assertTrue(bucket.tryTake(100 * SECOND), "refilled up to the burst");
        }
        assertFalse(bucket.tryTake(100 * SECOND), "never above the burst");
    }
}
