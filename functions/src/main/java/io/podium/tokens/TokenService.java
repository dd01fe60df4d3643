package io.podium.tokens;

import io.podium.auth.Scope;
import io.podium.errors.Unauthenticated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Issuing, checking, listing and revoking API tokens. */
public final class TokenService {
    /**
     * How long a revoked token stays listed (with its {@code revokedAt}) before the table's TTL deletes it: long
     * enough to answer "which token was that, and when did it stop?" after an incident.
     */
    public static final Duration REVOKED_RETENTION = Duration.ofDays(90);
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

    /**
     * The live token a presented value acts as, if any: a token itself, or the token an unexpired access token was
     * issued for. One read for a token, two for an access token.
     */
    public Optional<Authentication> authenticate(String presented) {
        String hash = TokenSecrets.hash(presented);
        Optional<Credential> stored = store.findCredential(TokenSecrets.idOf(hash))
                .filter(credential -> TokenSecrets.sameHash(credential.hash(), hash));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (stored.get() instanceof AccessToken access) {
            return access.isExpiredAt(clock.instant())
                    ? Optional.empty()
                    : store.find(access.parentId())
                            .filter(token -> !token.isRevoked())
                            .map(token -> new Authentication(token, access.expiresAt()));
        }
        Token token = (Token) stored.get();
        return token.isRevoked() ? Optional.empty() : Optional.of(new Authentication(token, Instant.MAX));
    }

    /**
     * The OAuth 2.0 client credentials grant (RFC 6749 §4.4): a token is the client's secret and its id the client's
     * id. The access token acts as that token for {@code lifetime}, and dies with it. Only a token, never an access
     * token, is a client.
     */
    public IssuedAccessToken exchange(String clientId, String clientSecret, Duration lifetime) {
        String hash = TokenSecrets.hash(clientSecret);
        Token client = store.find(TokenSecrets.idOf(hash))
                .filter(token -> TokenSecrets.sameHash(token.hash(), hash))
                .filter(token -> token.id().equals(clientId))
                .filter(token -> !token.isRevoked())
                .orElseThrow(() -> new Unauthenticated("invalid_client",
                        "Unknown client, wrong secret, or a revoked token.", Unauthenticated.Challenge.BASIC));
        String secret = TokenSecrets.newAccessToken();
        String accessHash = TokenSecrets.hash(secret);
        Instant now = clock.instant();
        AccessToken access = new AccessToken(TokenSecrets.idOf(accessHash), accessHash, client.id(), now, now.plus(lifetime));
        if (!store.createAccessToken(access)) {
            throw new IllegalStateException("a fresh 256-bit access token collided with a stored one");
        }
        return new IssuedAccessToken(secret, lifetime);
    }

    public Optional<Token> find(String id) {
        return TokenSecrets.isWellFormedId(id) ? store.find(id) : Optional.empty();
    }

    public List<Token> list(String copid) {
        return store.listByCompany(copid);
    }

    /**
     * An erased player's tokens: each is revoked (its API key deleted) and then deleted, so that no listing names the
     * driver any more. Idempotent.
     */
    public void eraseDriver(String copid, String driver) {
        for (String id : store.driverTokenIds(copid, driver)) {
            revoke(id);
            store.delete(id);
        }
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
        revoked.filter(token -> !beganItsGame(token)).ifPresent(token ->
                store.expireAt(id, token.revokedAt().orElseThrow().plus(REVOKED_RETENTION)));
        return revoked.isPresent();
    }

    /** A company's first token is kept: when it was issued is when the company's game began ({@link TokenStore#firstIssued}). */
    private boolean beganItsGame(Token token) {
        return token.copid().flatMap(store::firstIssued).filter(token.createdAt()::equals).isPresent();
    }
}
