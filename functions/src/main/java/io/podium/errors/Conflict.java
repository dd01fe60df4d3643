package io.podium.errors;

import java.util.List;

/** The request clashes with what exists, for example an id that is taken. */
public final class Conflict extends DomainException {
    public Conflict(String code, String message) {
        super(code, message, List.of());
    }
}
