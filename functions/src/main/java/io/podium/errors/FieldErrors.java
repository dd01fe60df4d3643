package io.podium.errors;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects what is wrong with a request while it is read, so that one answer names every offending field:
 * a field of the wrong JSON type makes it 400 invalid_json, a field that breaks a rule 400 validation_failed.
 */
public final class FieldErrors {
    private final List<ErrorDetail> wrongTypes;
    private final List<ErrorDetail> invalid;
    private final String prefix;

    public FieldErrors() {
        this(new ArrayList<>(), new ArrayList<>(), "");
    }

    private FieldErrors(List<ErrorDetail> wrongTypes, List<ErrorDetail> invalid, String prefix) {
        this.wrongTypes = wrongTypes;
        this.invalid = invalid;
        this.prefix = prefix;
    }

    /** The same errors, for the fields of a nested object: they are reported as {@code name.field}. */
    public FieldErrors within(String name) {
        return new FieldErrors(wrongTypes, invalid, prefix + name + ".");
    }

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

    /** A required string of 1 to {@code max} characters without control characters: a name, an icon. */
    public Optional<String> requiredLabel(JsonNode parent, String field, int max) {
        Optional<String> value = requiredText(parent, null, field);
        value.filter(v -> v.isEmpty() || v.codePointCount(0, v.length()) > max || v.chars().anyMatch(Character::isISOControl))
                .ifPresent(v -> invalid(null, field, "must be 1 to " + max + " characters without control characters"));
        return value;
    }

    /** The field's integer value within [min, max]; missing or null is empty, a non-number a type error. */
    public Optional<Long> integer(JsonNode parent, String field, long min, long max) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isNumber()) {
            wrongType(null, field, "must be a number");
        } else if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
            invalid(null, field, "must be an integer from " + min + " to " + max);
        } else {
            return Optional.of(node.longValue());
        }
        return Optional.empty();
    }

    /** The field's boolean value; missing or null is empty, any other type a type error. */
    public Optional<Boolean> bool(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            wrongType(null, field, "must be true or false");
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    /** The field as a JSON object; missing or null is empty, any other type a type error. */
    public Optional<JsonNode> object(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            wrongType(null, field, "must be an object");
            return Optional.empty();
        }
        return Optional.of(node);
    }

    public void wrongType(Integer index, String field, String message) {
        wrongTypes.add(new ErrorDetail(index, prefix + field, message));
    }

    public void invalid(Integer index, String field, String message) {
        invalid.add(new ErrorDetail(index, prefix + field, message));
    }

    /** Refuses the request if anything was found; type errors take precedence over rule violations. */
    public void throwIfAny() {
        if (!wrongTypes.isEmpty()) {
            throw InvalidInput.invalidJson("The request body does not match the expected format; see details.", wrongTypes);
        }
        if (!invalid.isEmpty()) {
            throw InvalidInput.validationFailed(invalid);
        }
    }
}
