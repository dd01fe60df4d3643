package io.podium.scores;

import io.podium.errors.FieldErrors;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules a metric id and a date must follow, shared by every scores route (a driver id's: {@link io.podium.ids.DriverId}). */
public final class ScoreRules {
    public static final Pattern METRIC = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");
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

}
