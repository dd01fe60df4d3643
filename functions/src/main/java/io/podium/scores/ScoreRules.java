package io.podium.scores;

import io.podium.http.FieldErrors;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules a metric id, a date and a driver id must follow, shared by every scores route. */
public final class ScoreRules {
    public static final Pattern METRIC = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");
    public static final int MAX_USERXTID_LENGTH = 128;
    private static final Pattern DATE_SHAPE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    // STRICT resolving refuses 2026-02-30 instead of rounding it to the end of the month.
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private ScoreRules() {
    }

    public static Optional<String> metric(Optional<String> value, Integer index, String field, FieldErrors errors) {
        return value.filter(metric -> {
            boolean valid = METRIC.matcher(metric).matches();
            if (!valid) {
                errors.invalid(index, field, "must match ^[a-zA-Z0-9_-]{1,64}$");
            }
            return valid;
        });
    }

    public static Optional<LocalDate> date(Optional<String> value, Integer index, String field, FieldErrors errors) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = parseDate(value.get());
        if (date.isEmpty()) {
            errors.invalid(index, field, "must be a real calendar date YYYY-MM-DD");
        }
        return date;
    }

    public static Optional<LocalDate> parseDate(String text) {
        if (!DATE_SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Why a driver id is unacceptable, if it is. */
    public static Optional<String> userxtidProblem(String userxtid) {
        if (userxtid.isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (userxtid.codePointCount(0, userxtid.length()) > MAX_USERXTID_LENGTH) {
            return Optional.of("must be at most " + MAX_USERXTID_LENGTH + " characters");
        }
        if (userxtid.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("must not contain control characters");
        }
        return Optional.empty();
    }
}
