package io.podium.tokens;

import io.podium.auth.Scope;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An API token as stored: never the secret, only its SHA-256 {@code hash}. Platform tokens have no company.
 * {@code driver} is the driver of a token holding {@link Scope#DRIVER}, and only of such a token.
 * {@code usageKey} is the value of its company's API key ({@link CompanyKey}), which the authorizer names so that
 * API Gateway throttles the company's tokens together; platform tokens have none and share the template's platform
 * key.
 */
public record Token(String id, String hash, Optional<String> copid, Set<Scope> scopes, Optional<String> driver,
                    String description, Instant createdAt, Optional<Instant> revokedAt, Optional<String> usageKey)
        implements Credential {
    public Token {
        scopes = Set.copyOf(scopes);
        if (scopes.contains(Scope.DRIVER) != driver.isPresent()) {
            throw new IllegalArgumentException("a token has a driver exactly when it holds the driver scope");
        }
    }

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }

    /** The scopes as the API and the Tokens table name them, sorted: the driver scope as {@code driver:U}. */
    public List<String> scopeNames() {
        return scopes.stream()
                .map(scope -> scope == Scope.DRIVER ? Scope.driverScopeName(driver.orElseThrow()) : scope.wireName())
                .sorted()
                .toList();
    }
}
