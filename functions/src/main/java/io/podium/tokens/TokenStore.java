package io.podium.tokens;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where token records live. */
public interface TokenStore {
    /** Stores a new token; false if its id is taken already. */
    boolean create(Token token);

    /** The token with this id; an access token's id names no token. */
    Optional<Token> find(String id);

    /** Whatever is stored under this id: a token or an access token. */
    Optional<Credential> findCredential(String id);

    /** Stores a new access token; false if its id is taken already. */
    boolean createAccessToken(AccessToken accessToken);

    /** When the company's first token was issued, if it has one. */
    Optional<Instant> firstIssued(String copid);

    /** The company's tokens, revoked ones included. May lag a fresh create by a moment. */
    List<Token> listByCompany(String copid);

    /** Marks the token revoked (never an access token, which dies with its token) (the first revocation time stays); the revoked token, or empty if there is none. */
    Optional<Token> revoke(String id, Instant now);

    /**
     * Lets the table's TTL delete the token's item some time after {@code when}; nothing if the item is gone already.
     */
    void expireAt(String id, Instant when);

    /** The ids of the company's tokens of this driver (its {@code driver:U} tokens), revoked or not. */
    List<String> driverTokenIds(String copid, String driver);

    /** Deletes a token's item: it authorizes nothing more and is listed nowhere (an erased player's). */
    void delete(String id);

    /** The company's API key record, read strongly consistent; empty before its first token. */
    Optional<CompanyKey> findCompanyKey(String copid);

    /** Stores the company's key record unless it has one already; false if it has. */
    boolean claimCompanyKey(CompanyKey key);

    /** Records API Gateway's id of the company's key (every racer records the same one); the updated record. */
    CompanyKey recordApiKeyId(String copid, String apiKeyId);

    /** Sets the tier of the company's existing key record; the updated record. */
    CompanyKey setTier(String copid, Tier tier);
}
