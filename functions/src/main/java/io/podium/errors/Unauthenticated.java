package io.podium.errors;

import java.util.List;

/**
 * The caller is not known: no credentials, or an unknown, expired or revoked token, or a client whose credentials
 * fail. {@link #challenge} says how the caller may authenticate next (RFC 7235), so that the answer can name it.
 */
public final class Unauthenticated extends DomainException {
    /** The authentication scheme a refusal challenges the caller with. */
    public enum Challenge {
        /** No credentials came: a bearer token is asked for, with no error (RFC 6750 §3.1). */
        BEARER,
        /** A token came and is unknown, expired or revoked (RFC 6750 §3.1, {@code invalid_token}). */
        BEARER_INVALID_TOKEN,
        /** A client's credentials failed at the token endpoint (RFC 6749 §5.2, {@code invalid_client}). */
        BASIC
    }

    private final Challenge challenge;

    public Unauthenticated(String code, String message, Challenge challenge) {
        super(code, message, List.of());
        this.challenge = challenge;
    }

    public Challenge challenge() {
        return challenge;
    }
}
