package io.podium.activity;

import io.podium.errors.InvalidInput;
import io.podium.json.IsoTime;
import io.podium.paging.Cursor;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;

/**
 * A place in a feed: a time, to the millisecond, and an event id. Feeds are ordered by both (the log's time key is
 * the time, then the id), newest first. The first position of a millisecond has id 0 and the last the greatest id a
 * log key holds, so that a window's ends are positions too.
 */
public record FeedPosition(Instant at, long id) implements Comparable<FeedPosition> {
    /** The greatest event id the log's keys hold (12 digits). */
    public static final long MAX_ID = 999_999_999_999L;
    private static final Comparator<FeedPosition> ORDER =
            Comparator.comparing(FeedPosition::at).thenComparingLong(FeedPosition::id);

    public FeedPosition {
        at = at.truncatedTo(ChronoUnit.MILLIS);
        if (id < 0 || id > MAX_ID) {
            throw new IllegalArgumentException("an event id out of the log's range: " + id);
        }
    }

    /** Before every event of that millisecond. */
    public static FeedPosition first(Instant at) {
        return new FeedPosition(at, 0);
    }

    /** After every event of that millisecond. */
    public static FeedPosition last(Instant at) {
        return new FeedPosition(at, MAX_ID);
    }

    /** The position just before this one: the newest a page that ends here may show next. */
    FeedPosition before() {
        return id > 0 ? new FeedPosition(at, id - 1) : last(at.minusMillis(1));
    }

    @Override
    public int compareTo(FeedPosition other) {
        return ORDER.compare(this, other);
    }

    static FeedPosition max(FeedPosition a, FeedPosition b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static FeedPosition min(FeedPosition a, FeedPosition b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The opaque cursor of a page that ends at this position (the next page starts just before it). */
    public String cursor() {
        return Cursor.encode(IsoTime.format(at) + "#" + id);
    }

    /** The position a cursor of {@link #cursor} stands for; 400 validation_failed for anything else. */
    public static Optional<FeedPosition> ofCursor(Optional<String> cursor) {
        return Cursor.decode(cursor).map(key -> {
            int hash = key.indexOf('#');
            try {
                if (hash > 0) {
                    FeedPosition position = new FeedPosition(Instant.parse(key.substring(0, hash)),
                            Long.parseLong(key.substring(hash + 1)));
                    if (position.cursor().equals(cursor.get())) {
                        return position;
                    }
                }
            } catch (DateTimeParseException | IllegalArgumentException notOurs) {
                // refused below (NumberFormatException is an IllegalArgumentException)
            }
            throw InvalidInput.validationFailed("cursor", "is not a cursor this API returned");
        });
    }
}
