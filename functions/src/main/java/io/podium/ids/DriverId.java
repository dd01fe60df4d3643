package io.podium.ids;

import io.podium.errors.InvalidInput;

import java.util.Optional;

/**
 * A driver's id (userxtid), as the company's systems name it: 1 to {@value #MAX_LENGTH} characters without control
 * characters. It appears in bodies, paths and queries, and in DynamoDB keys, always checked by this one rule.
 */
public final class DriverId {
    public static final int MAX_LENGTH = 128;

    private DriverId() {
    }

    /** Why a driver id is unacceptable, if it is. */
    public static Optional<String> problem(String userxtid) {
        if (userxtid.isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (userxtid.codePointCount(0, userxtid.length()) > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        if (userxtid.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("must not contain control characters");
        }
        return Optional.empty();
    }

    /** The id given as {@code field}, if any; a bad one is 400 validation_failed naming the field. */
    public static Optional<String> checked(Optional<String> given, String field) {
        given.flatMap(DriverId::problem).ifPresent(problem -> {
            throw InvalidInput.validationFailed(field, problem);
        });
        return given;
    }
}
