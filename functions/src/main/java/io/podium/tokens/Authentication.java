package io.podium.tokens;

import java.time.Instant;

/** A presented value that authenticated: the token it acts as, and until when it may (an access token expires). */
public record Authentication(Token token, Instant validUntil) {
}
