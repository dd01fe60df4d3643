package io.podium.tokens;

import java.time.Instant;

/**
 * A short-lived OAuth 2.0 access token, as stored: only its SHA-256 {@code hash}. It acts as the token it was issued
 * for ({@code parentId}), with that token's company and scopes, until {@code expiresAt}, and only while that token
 * is not revoked.
 */
public record AccessToken(String id, String hash, String parentId, Instant createdAt, Instant expiresAt)
        implements Credential {
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
