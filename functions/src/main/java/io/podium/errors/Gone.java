package io.podium.errors;

import java.util.List;

/** What the request names existed, and is no longer valid (an expired invitation code). */
public final class Gone extends DomainException {
    public Gone(String code, String message) {
        super(code, message, List.of());
    }
}
