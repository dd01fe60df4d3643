package io.podium.auth;

import java.util.Arrays;
import java.util.Optional;

/** Why a request has no caller. The authorizer names it, and the function answers it in its route's own words. */
public enum CredentialProblem {
    /** No token came in any of the places one may. */
    MISSING("missing"),
    /** A token came, and it is unknown, expired or revoked. */
    INVALID("invalid"),
    /** Different tokens came in more than one place (RFC 6750 §2: a client uses one method). */
    CONFLICTING("conflicting");

    private final String wireName;

    CredentialProblem(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<CredentialProblem> fromWireName(String name) {
        return Arrays.stream(values()).filter(problem -> problem.wireName.equals(name)).findFirst();
    }
}
