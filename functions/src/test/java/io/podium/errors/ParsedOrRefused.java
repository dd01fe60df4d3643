package io.podium.errors;

import io.podium.http.ErrorResponses;

import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The property every fuzz test of a request parser checks: an input either parses or is refused with a
 * {@link DomainException} that has a code and answers 4xx. Anything else thrown (a NullPointerException, another
 * RuntimeException, a StackOverflowError) escapes, and Jazzer reports it as a finding.
 */
public final class ParsedOrRefused {
    private ParsedOrRefused() {
    }

    /** What {@code parse} returned, or empty if it refused the input as a client error. */
    public static <T> Optional<T> of(Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (DomainException refusal) {
            assertFalse(refusal.code().isEmpty(), () -> "a refusal without a code: " + refusal);
            int status = ErrorResponses.status(refusal);
            assertTrue(status >= 400 && status < 500, () -> "a refusal of input answers " + status + ": " + refusal.code());
            return Optional.empty();
        }
    }
}
