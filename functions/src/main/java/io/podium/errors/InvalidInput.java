package io.podium.errors;

import java.util.List;

/** The request itself is wrong: malformed JSON, a field of the wrong type, or a value that breaks a rule. */
public final class InvalidInput extends DomainException {
    public InvalidInput(String code, String message, List<ErrorDetail> details) {
        super(code, message, details);
    }

    public static InvalidInput invalidJson(String message, List<ErrorDetail> details) {
        return new InvalidInput("invalid_json", message, details);
    }

    public static InvalidInput validationFailed(List<ErrorDetail> details) {
        return new InvalidInput("validation_failed", "The request has invalid fields; see details.", details);
    }

    public static InvalidInput validationFailed(String field, String message) {
        return validationFailed(List.of(ErrorDetail.field(field, message)));
    }
}
