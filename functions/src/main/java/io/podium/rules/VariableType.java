package io.podium.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/** The types of a rule's variables, as Playoff names them. */
public enum VariableType {
    INT("int"),
    STRING("string"),
    BOOL("bool");

    private final String wireName;

    VariableType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether a JSON value is of this type: an int is a whole number within a long. */
    public boolean holds(JsonNode value) {
        return switch (this) {
            case INT -> value.isIntegralNumber() && value.canConvertToLong();
            case STRING -> value.isTextual();
            case BOOL -> value.isBoolean();
        };
    }

    public static Optional<VariableType> named(String name) {
        for (VariableType type : values()) {
            if (type.wireName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
