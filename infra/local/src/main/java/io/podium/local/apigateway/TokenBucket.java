package io.podium.local.apigateway;

/**
 * API Gateway's throttling algorithm: a bucket of {@code burst} requests, full at the start, refilled at {@code rate}
 * requests a second; a request that finds it empty is throttled.
 */
final class TokenBucket {
    private static final double NANOS_PER_SECOND = 1e9;

    private final double rate;
    private final double burst;
    private double available;
    private long refilledAtNanos;

    TokenBucket(double rate, int burst, long nowNanos) {
        this.rate = rate;
        // API Gateway serves at least one request a second even when a burst of 0 is declared.
        this.burst = Math.max(1, burst);
        this.available = this.burst;
        this.refilledAtNanos = nowNanos;
    }

    synchronized boolean tryTake(long nowNanos) {
        available = Math.min(burst, available + rate * (nowNanos - refilledAtNanos) / NANOS_PER_SECOND);
        refilledAtNanos = nowNanos;
        if (available < 1) {
            return false;
        }
        available -= 1;
        return true;
    }
}
