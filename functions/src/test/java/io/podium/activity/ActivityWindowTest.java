package io.podium.activity;

import io.podium.errors.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Playoff's start and end: time stamps told apart by magnitude, ISO-8601 times, defaults and limits. */
class ActivityWindowTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00.123Z");

    private static ActivityWindow of(String start, String end) {
        return ActivityWindow.of(Optional.ofNullable(start), Optional.ofNullable(end), NOW);
    }

    @Test
    void aTimeStampBelowAHundredBillionIsSecondsFromThereMilliseconds() {
        Instant noon = Instant.parse("2026-12-05T12:00:00Z");
        assertEquals(noon, ActivityWindow.instant("start", "1796472000"));
        assertEquals(noon, ActivityWindow.instant("start", "1796472000000"));
        assertEquals(Instant.ofEpochSecond(99_999_999_999L), ActivityWindow.instant("start", "99999999999"),
                "the greatest number of seconds: the year 5138");
        assertEquals(Instant.ofEpochMilli(100_000_000_000L), ActivityWindow.instant("start", "100000000000"),
                "the smallest of milliseconds: 1973-03-03");
        assertEquals(Instant.EPOCH, ActivityWindow.instant("start", "0"));
    }

    @Test
    void anIsoTimeNeedsItsOffset() {
        assertEquals(Instant.parse("2026-12-05T11:00:00.250Z"), ActivityWindow.instant("start", "2026-12-05T12:00:00.250+01:00"));
        assertEquals(Instant.parse("2026-12-05T12:00:00Z"), ActivityWindow.instant("start", "2026-12-05T12:00Z"));
        for (String bad : new String[]{"2026-12-05T12:00:00", "2026-12-05", "yesterday", "", "-1", "1e9", "12.5",
                "1234567890123456789", "10000-01-01T00:00:00Z", "1969-12-31T23:59:59Z"}) {
            assertThrows(InvalidInput.class, () -> ActivityWindow.instant("start", bad), bad);
        }
    }

    @Test
    void withoutBothEndsTheWindowIsADayLongOrReachesNow() {
        assertEquals(new ActivityWindow(NOW.minus(Duration.ofDays(1)), NOW), of(null, null), "the last 24 hours");
        assertEquals(new ActivityWindow(Instant.parse("2026-12-01T00:00:00Z"), NOW), of("2026-12-01T00:00:00Z", null),
                "from start to now");
        assertEquals(new ActivityWindow(Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z")),
                of(null, "2026-12-01T00:00:00Z"), "the 24 hours before end");
    }

    @Test
    void aWindowHoldsAtMost31DaysAndEndsNoEarlierThanItStarts() {
        assertEquals(Duration.ofDays(31), Duration.between(of("2026-11-01T00:00:00Z", "2026-12-02T00:00:00Z").start(),
                of("2026-11-01T00:00:00Z", "2026-12-02T00:00:00Z").end()));
        assertEquals(new ActivityWindow(NOW, NOW), of(NOW.toString(), NOW.toString()), "one millisecond");
        assertThrows(InvalidInput.class, () -> of("2026-11-01T00:00:00Z", "2026-12-02T00:00:00.001Z"));
        assertThrows(InvalidInput.class, () -> of("2026-11-01T00:00:00Z", null), "to now: 35 days");
        assertThrows(InvalidInput.class, () -> of("2026-12-02T00:00:00Z", "2026-12-01T00:00:00Z"));
        assertThrows(InvalidInput.class, () -> of("2026-12-07T00:00:00Z", null), "a start after now, with no end");
    }

    @Test
    void aCursorIsAPositionOfThisApiAndNothingElse() {
        FeedPosition position = new FeedPosition(Instant.parse("2026-12-05T12:00:00.250Z"), 42);
        assertEquals(Optional.of(position), FeedPosition.ofCursor(Optional.of(position.cursor())));
        assertEquals(Optional.empty(), FeedPosition.ofCursor(Optional.empty()));
        for (String bad : new String[]{"", "bm90IG91cnM", "MjAyNi0xMi0wNVQxMjowMDowMC4yNTBaIy0x"}) {
            assertThrows(InvalidInput.class, () -> FeedPosition.ofCursor(Optional.of(bad)), bad);
        }
        assertEquals(new FeedPosition(position.at(), 41), position.before());
        assertEquals(FeedPosition.last(position.at().minusMillis(1)), FeedPosition.first(position.at()).before());
    }
}
