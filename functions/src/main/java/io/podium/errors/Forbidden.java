package io.podium.errors;

import java.util.List;

/** The caller is known but may not do this. */
public final class Forbidden extends DomainException {
    public Forbidden(String code, String message) {
        super(code, message, List.of());
    }
}
