package io.podium.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects what is wrong with a request while it is read, so that one answer names every offending field:
 * a field of the wrong JSON type makes it 400 invalid_json, a field that breaks a rule 400 validation_failed.
 */
public final class FieldErrors {
    private final List<ErrorDetail> wrongTypes = new ArrayList<>();
    private final List<ErrorDetail> invalid = new ArrayList<>();

    /** The field's string value; a missing field or JSON null is empty, any other type a type error. */
    public Optional<String> text(JsonNode parent, Integer index, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            wrongType(index, field, "must be a string");
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    /** Like {@link #text} but a missing value is a rule violation. */
    public Optional<String> requiredText(JsonNode parent, Integer index, String field) {
        JsonNode node = parent.get(field);
        Optional<String> value = text(parent, index, field);
        if (node == null || node.isNull()) {
            invalid(index, field, "is required");
        }
        return value;
    }

    public void wrongType(Integer index, String field, String message) {
        wrongTypes.add(new ErrorDetail(index, field, message));
    }

    public void invalid(Integer index, String field, String message) {
        invalid.add(new ErrorDetail(index, field, message));
    }

    /** Refuses the request if anything was found; type errors take precedence over rule violations. */
    public void throwIfAny() {
        if (!wrongTypes.isEmpty()) {
            throw ApiError.invalidJson("The request body does not match the expected format; see details.", wrongTypes);
        }
        if (!invalid.isEmpty()) {
            throw ApiError.validationFailed(invalid);
        }
    }
}
