package io.podium.tokens;

import io.podium.auth.Scope;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Issuing, checking, listing and revoking API tokens. */
public final class TokenService {
    private final TokenStore store;
    private final Clock clock;

    public TokenService(TokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public IssuedToken issue(Optional<String> copid, Set<Scope> scopes, String description) {
        return install(TokenSecrets.newToken(), copid, scopes, description)
                .orElseThrow(() -> new IllegalStateException("a fresh 256-bit token collided with a stored one"));
    }

    /** Stores {@code secret} as a token unless a token with its id exists already. */
    public Optional<IssuedToken> install(String secret, Optional<String> copid, Set<Scope> scopes, String description) {
        String hash = TokenSecrets.hash(secret);
        Token token = new Token(TokenSecrets.idOf(hash), hash, copid, scopes, description, clock.instant(), Optional.empty());
        return store.create(token) ? Optional.of(new IssuedToken(token, secret)) : Optional.empty();
    }

    /** The live token behind a presented value, if any. */
    public Optional<Token> authenticate(String presented) {
        String hash = TokenSecrets.hash(presented);
        return store.find(TokenSecrets.idOf(hash))
                .filter(token -> TokenSecrets.sameHash(token.hash(), hash))
                .filter(token -> !token.isRevoked());
    }

    public Optional<Token> find(String id) {
        return TokenSecrets.isWellFormedId(id) ? store.find(id) : Optional.empty();
    }

    public List<Token> list(String copid) {
        return store.listByCompany(copid);
    }

    /** False if there is no such token. Revoking twice is fine. */
    public boolean revoke(String id) {
        return TokenSecrets.isWellFormedId(id) && store.revoke(id, clock.instant());
    }
}
