package io.podium.errors;

import java.util.List;

/** What the request names does not exist (or is not the caller's to see). */
public final class NotFound extends DomainException {
    public NotFound(String code, String message) {
        super(code, message, List.of());
    }
}
