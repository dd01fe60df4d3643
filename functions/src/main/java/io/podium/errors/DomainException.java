package io.podium.errors;

import java.util.List;

/**
 * A refusal with a stable error code, thrown by the domain and by request parsing. Each subclass is one kind of
 * refusal; {@code io.podium.http.ErrorResponses} is the one place that gives each kind its HTTP status. It carries
 * no stack trace: it is an answer, not a fault, and nothing of it may leak internals.
 */
public abstract class DomainException extends RuntimeException {
    private final String code;
    private final List<ErrorDetail> details;

    protected DomainException(String code, String message, List<ErrorDetail> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = List.copyOf(details);
    }

    public String code() {
        return code;
    }

    public List<ErrorDetail> details() {
        return details;
    }
}
