package io.podium.json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one form of an ISO-8601 time that Podium returns: UTC with exactly three fractional digits,
 * {@code 2026-03-02T10:15:00.000Z}, as docs/api.md and openapi.yaml show it. {@link Instant#toString()} is not it: it
 * prints as many digits as the clock gave (none, 3, 6 or 9), so the width changed from one answer to the next and
 * text order was not time order. Fixed width makes both hold; finer than a millisecond is truncated, never rounded,
 * so a time never moves forward. Stored times may keep any precision ({@link Instant#parse} reads them all).
 */
public final class IsoTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private IsoTime() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
