package io.podium.api.tokens;

import io.podium.auth.Scope;
import io.podium.tokens.TokenSecrets;
import io.podium.tokens.TokenService;
import io.podium.wiring.Wiring;

import java.util.Optional;
import java.util.Set;

/**
 * Puts the first platform admin token in place: the local runtime at start, and an operator against a
 * deployed Tokens table (see docs/deploying.md). Uses the configured Tokens table (TOKENS_TABLE).
 */
public final class AdminTokenInstaller {
    private AdminTokenInstaller() {
    }

    /**
     * Stores the hash of {@code token} as a platform admin token. Idempotent; a token once revoked stays
     * revoked, so installing it again fails instead of silently reviving it.
     */
    public static void install(String token, String description) {
        TokenService tokens = Wiring.aws().tokens();
        if (tokens.install(token, Optional.empty(), Set.of(Scope.ADMIN), description).isEmpty()
                && tokens.authenticate(token).isEmpty()) {
            throw new IllegalStateException("this admin token was revoked; configure another one");
        }
    }

    /** A new random token (256 bits from SecureRandom). */
    public static String newToken() {
        return TokenSecrets.newToken();
    }
}
