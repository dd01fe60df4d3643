package io.podium.tokens;

import io.podium.auth.Scope;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Issuing, checking, listing and revoking API tokens. */
public final class TokenService {
    private final TokenStore store;
    private final UsagePlanKeys keys;
    private final Clock clock;

    public TokenService(TokenStore store, UsagePlanKeys keys, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * A new token with an API key of its own. The key comes first: a token stored without one would be refused by
     * API Gateway. If the token cannot be stored, its key is deleted again.
     */
    public IssuedToken issue(Optional<String> copid, Set<Scope> scopes, Optional<String> driver, String description) {
        String secret = TokenSecrets.newToken();
        String hash = TokenSecrets.hash(secret);
        String id = TokenSecrets.idOf(hash);
        String keyId = keys.create("podium-token-" + id, TokenSecrets.usageKeyOf(hash));
        Token token = new Token(id, hash, copid, scopes, driver, description, clock.instant(), Optional.empty(),
                Optional.of(keyId));
        try {
            if (!store.create(token)) {
                throw new IllegalStateException("a fresh 256-bit token collided with a stored one");
            }
        } catch (RuntimeException e) {
            keys.delete(keyId);
            throw e;
        }
        return new IssuedToken(token, secret);
    }

    /**
     * Stores {@code secret} as a token unless a token with its id exists already. Installed tokens (the bootstrap
     * admin token) have no key of their own and use the template's bootstrap key.
     */
    public Optional<IssuedToken> install(String secret, Optional<String> copid, Set<Scope> scopes, String description) {
        String hash = TokenSecrets.hash(secret);
        Token token = new Token(TokenSecrets.idOf(hash), hash, copid, scopes, Optional.empty(), description,
                clock.instant(), Optional.empty(), Optional.empty());
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

    /**
     * False if there is no such token. Revoking twice is fine, and is how a revocation whose key deletion failed is
     * completed: the token is refused from the first step on, the key only stops counting its requests.
     */
    public boolean revoke(String id) {
        if (!TokenSecrets.isWellFormedId(id)) {
            return false;
        }
        Optional<Token> revoked = store.revoke(id, clock.instant());
        revoked.flatMap(Token::apiKeyId).ifPresent(keys::delete);
        return revoked.isPresent();
    }
}
