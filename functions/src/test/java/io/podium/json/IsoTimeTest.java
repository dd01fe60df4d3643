package io.podium.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every time Podium returns is UTC with exactly three fractional digits, whatever precision the clock gave. */
class IsoTimeTest {
    /** The form docs/api.md shows and openapi.yaml's Instant pattern requires. */
    static final String THREE_DIGITS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @ParameterizedTest
    @CsvSource({
            // Instant.toString would print these with 0, 3, 6 and 9 fractional digits.
            "2026-03-02T10:15:00Z,            2026-03-02T10:15:00.000Z",
            "2026-03-02T10:15:00.120Z,        2026-03-02T10:15:00.120Z",
            "2026-03-02T10:15:00.667613Z,     2026-03-02T10:15:00.667Z",
            "2026-03-02T10:15:23.667613035Z,  2026-03-02T10:15:23.667Z",
            // Truncated, never rounded up: the last nanosecond of a day stays on that day.
            "2026-12-31T23:59:59.999999999Z,  2026-12-31T23:59:59.999Z",
            "1970-01-01T00:00:00Z,            1970-01-01T00:00:00.000Z",
    })
    void writesExactlyThreeFractionalDigits(String instant, String expected) {
        assertEquals(expected, IsoTime.format(Instant.parse(instant)));
    }

    @Test
    void writesUtcWhateverTheInstantCameFrom() {
        Instant tokyo = OffsetDateTime.of(2026, 3, 2, 19, 15, 0, 5, ZoneOffset.ofHours(9)).toInstant();
        assertEquals("2026-03-02T10:15:00.000Z", IsoTime.format(tokyo));
    }

    @Test
    void readsBackToTheMillisecond() {
        Instant now = Instant.now();
        String written = IsoTime.format(now);
        assertTrue(written.matches(THREE_DIGITS), written);
        assertEquals(now.toEpochMilli(), Instant.parse(written).toEpochMilli());
    }
}
