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
     * A new token. A company token names its company's API key, made with the company's first token: the key comes
     * before the token, which API Gateway would refuse without it. Platform tokens share the template's platform key.
     */
    public IssuedToken issue(Optional<String> copid, Set<Scope> scopes, Optional<String> driver, String description) {
        IssuedToken issued = mint(copid, scopes, driver, description);
        if (!store.create(issued.token())) {
            throw new IllegalStateException("a fresh 256-bit token collided with a stored one");
        }
        return issued;
    }

    /**
     * A new token, with its company's key as {@link #issue} gives it, not stored: for a caller that stores it in a
     * write of its own (a join request's approval, all or nothing with the player).
     */
    public IssuedToken mint(Optional<String> copid, Set<Scope> scopes, Optional<String> driver, String description) {
        Optional<String> usageKey = copid.map(company -> companyKey(company).value());
        String secret = TokenSecrets.newToken();
        String hash = TokenSecrets.hash(secret);
        Token token = new Token(TokenSecrets.idOf(hash), hash, copid, scopes, driver, description, clock.instant(),
                Optional.empty(), usageKey);
        return new IssuedToken(token, secret);
    }

    /**
     * The company's key, in API Gateway. Race-free: the value is claimed with a conditional write, so concurrent
     * first tokens agree on it, and API Gateway holds one key per value, so they agree on the key. A call that died
     * between the claim and the key is completed by the next.
     */
    private CompanyKey companyKey(String copid) {
        CompanyKey key = store.findCompanyKey(copid).orElseGet(() -> claim(copid));
        if (key.apiKeyId().isPresent()) {
            return key;
        }
        return store.recordApiKeyId(copid, keys.ensure(copid, key.value(), key.tier()));
    }

    private CompanyKey claim(String copid) {
        CompanyKey fresh = new CompanyKey(copid, TokenSecrets.newUsageKey(), Tier.STANDARD, Optional.empty());
        return store.claimCompanyKey(fresh)
                ? fresh
                : store.findCompanyKey(copid).orElseThrow(() -> new IllegalStateException("a claimed key vanished"));
    }

    /**
     * Puts the company in {@code tier}: its key (made now if it has no token yet) moves to that tier's usage plan. The
     * tier is recorded first, so that a move that failed half-way is completed by repeating the call.
     */
    public CompanyKey setTier(String copid, Tier tier) {
        CompanyKey key = companyKey(copid);
        CompanyKey moved = store.setTier(copid, tier);
        keys.moveTo(key.apiKeyId().orElseThrow(), tier);
        return moved;
    }

    /**
     * Stores {@code secret} as a token unless a token with its id exists already. Installed tokens are the bootstrap
     * admin token, a platform token, and share the template's platform key.
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
     * An erased player's tokens: each is revoked and then deleted, so that no listing names the driver any more.
     * Idempotent.
     */
    public void eraseDriver(String copid, String driver) {
        for (String id : store.driverTokenIds(copid, driver)) {
            revoke(id);
            store.delete(id);
        }
    }

    /**
     * False if there is no such token. Revoking twice is fine. The company's key stays: its other tokens, and its
     * next ones, name it.
     */
    public boolean revoke(String id) {
        if (!TokenSecrets.isWellFormedId(id)) {
            return false;
        }
        Optional<Token> revoked = store.revoke(id, clock.instant());
        revoked.filter(token -> !beganItsGame(token)).ifPresent(token ->
                store.expireAt(id, token.revokedAt().orElseThrow().plus(REVOKED_RETENTION)));
        return revoked.isPresent();
    }

    /** A company's first token is kept: when it was issued is when the company's game began ({@link TokenStore#firstIssued}). */
    private boolean beganItsGame(Token token) {
        return token.copid().flatMap(store::firstIssued).filter(token.createdAt()::equals).isPresent();
    }
}
