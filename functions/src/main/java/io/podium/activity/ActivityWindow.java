package io.podium.activity;

import io.podium.errors.InvalidInput;
import io.podium.json.IsoTime;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The period a feed covers, Playoff's {@code start} and {@code end}: both included, to the millisecond.
 *
 * <ul>
 *   <li>Each is a UNIX time stamp or an ISO-8601 time. A time stamp is digits only: below
 *       {@value #MILLIS_FROM} it counts seconds (up to the year 5138), from there milliseconds (from 1973-03-03), so
 *       {@code 1733472000} and {@code 1733472000000} are the same instant. An ISO-8601 time has a date, a time and an
 *       offset ({@code 2026-12-06T08:00:00Z}, {@code 2026-12-06T09:00:00.250+01:00}); without an offset it would be
 *       ambiguous, and is refused. Both lie from 1970 to the year 9999.</li>
 *   <li>Neither given: the last 24 hours. Only {@code start}: from it to now. Only {@code end}: the 24 hours before
 *       it.</li>
 *   <li>{@code end} before {@code start}, or a window longer than {@value #MAX_DAYS} days, is 400
 *       (validation_failed, Playoff's validation_exception).</li>
 * </ul>
 */
public record ActivityWindow(Instant start, Instant end) {
    /** The longest window, in days. */
    public static final int MAX_DAYS = 31;
    /** The window when none is given, and before an {@code end} given alone. */
    public static final Duration DEFAULT = Duration.ofHours(24);
    /** The smallest time stamp read as milliseconds: 100,000,000,000 (as seconds, the year 5138). */
    public static final long MILLIS_FROM = 100_000_000_000L;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    public ActivityWindow {
        start = start.truncatedTo(ChronoUnit.MILLIS);
        end = end.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The window a request's {@code start} and {@code end} name, at {@code now}. */
    public static ActivityWindow of(Optional<String> start, Optional<String> end, Instant now) {
        Optional<Instant> from = start.map(text -> instant("start", text));
        Optional<Instant> to = end.map(text -> instant("end", text));
        Instant last = to.orElse(now);
        Instant first = from.orElseGet(() -> last.minus(DEFAULT));
        if (last.isBefore(first)) {
            throw to.isPresent()
                    ? InvalidInput.validationFailed("end", "must not be before start (" + IsoTime.format(first) + ")")
                    : InvalidInput.validationFailed("start", "must not be after now when no end is given");
        }
        if (Duration.between(first, last).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw InvalidInput.validationFailed(to.isPresent() ? "end" : "start",
                    "a window holds at most " + MAX_DAYS + " days");
        }
        return new ActivityWindow(first, last);
    }

    /** One end of a window, as its parameter gives it. */
    static Instant instant(String field, String text) {
        Instant instant;
        if (DIGITS.matcher(text).matches()) {
            long stamp = Long.parseLong(text);
            instant = stamp < MILLIS_FROM ? Instant.ofEpochSecond(stamp) : Instant.ofEpochMilli(stamp);
        } else {
            try {
                instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException notIso) {
                throw InvalidInput.validationFailed(field, "must be a UNIX time stamp (seconds or milliseconds) or an"
                        + " ISO-8601 time with an offset, such as 2026-12-06T08:00:00Z");
            }
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw InvalidInput.validationFailed(field, "must lie from 1970 to the year 9999");
        }
        return instant;
    }

    /** Every position of the window. */
    FeedRange range() {
        return new FeedRange(FeedPosition.first(start), FeedPosition.last(end));
    }

    /** The start, as the next page's link gives it. */
    public String startText() {
        return IsoTime.format(start);
    }

    public String endText() {
        return IsoTime.format(end);
    }
}
