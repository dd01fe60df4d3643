package io.podium.tokens;

import java.time.Duration;

/** A fresh access token's secret, shown once in the token endpoint's answer, and how long it lives. */
public record IssuedAccessToken(String secret, Duration lifetime) {
}
