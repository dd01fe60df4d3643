package io.podium.tokens;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where token records live. */
public interface TokenStore {
    /** Stores a new token; false if its id is taken already. */
    boolean create(Token token);

    Optional<Token> find(String id);

    /** The company's tokens, revoked ones included. May lag a fresh create by a moment. */
    List<Token> listByCompany(String copid);

    /** Marks the token revoked (the first revocation time stays); the revoked token, or empty if there is none. */
    Optional<Token> revoke(String id, Instant now);
}
