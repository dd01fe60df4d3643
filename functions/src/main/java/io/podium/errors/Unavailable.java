package io.podium.errors;

import java.util.List;

/** A passing condition: the same request, retried shortly, is expected to succeed. */
public class Unavailable extends DomainException {
    public Unavailable(String code, String message) {
        super(code, message, List.of());
    }
}
