package io.podium.local.apigateway;

/** A rate (requests a second) and a burst, as ThrottlingRateLimit/ThrottlingBurstLimit or a usage plan's Throttle. */
public record Throttle(double rate, int burst) {

    TokenBucket bucket(long nowNanos) {
        return new TokenBucket(rate, burst, nowNanos);
    }
}
