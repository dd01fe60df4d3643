package io.podium.errors;

import java.util.List;

/** The request is larger than Podium takes. */
public final class TooLarge extends DomainException {
    public TooLarge(String code, String message) {
        super(code, message, List.of());
    }
}
