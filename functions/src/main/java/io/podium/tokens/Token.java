package io.podium.tokens;

import io.podium.auth.Scope;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** An API token as stored: never the secret, only its SHA-256 {@code hash}. Platform tokens have no company. */
public record Token(String id, String hash, Optional<String> copid, Set<Scope> scopes, String description,
                    Instant createdAt, Optional<Instant> revokedAt) {
    public Token {
        scopes = Set.copyOf(scopes);
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }
}
