package io.podium.errors;

import java.util.List;

/** The caller is not known: no token, or an unknown or revoked one. */
public final class Unauthenticated extends DomainException {
    public Unauthenticated(String code, String message) {
        super(code, message, List.of());
    }
}
