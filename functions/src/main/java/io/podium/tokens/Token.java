package io.podium.tokens;

import io.podium.auth.Scope;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * An API token as stored: never the secret, only its SHA-256 {@code hash}. Platform tokens have no company.
 * {@code apiKeyId} is the token's own key in the usage plan; tokens installed by the bootstrap have none and share
 * the template's bootstrap key.
 */
public record Token(String id, String hash, Optional<String> copid, Set<Scope> scopes, String description,
                    Instant createdAt, Optional<Instant> revokedAt, Optional<String> apiKeyId) {
    public Token {
        scopes = Set.copyOf(scopes);
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }

    /** The value of the token's API key, which the authorizer names so that API Gateway throttles per token. */
    public Optional<String> usageKey() {
        return apiKeyId.map(ignored -> TokenSecrets.usageKeyOf(hash));
    }
}
