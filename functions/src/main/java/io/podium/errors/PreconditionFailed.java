package io.podium.errors;

import java.util.List;

/** The request is well formed but what is stored forbids it now, for example a finalized day. */
public class PreconditionFailed extends DomainException {
    public PreconditionFailed(String code, String message) {
        super(code, message, List.of());
    }

    public PreconditionFailed(String code, String message, List<ErrorDetail> details) {
        super(code, message, details);
    }
}
