package io.podium.activity;

/** The positions of a feed from {@code oldest} to {@code newest}, both included. */
public record FeedRange(FeedPosition oldest, FeedPosition newest) {
    /** Whether it holds no position. */
    boolean isEmpty() {
        return oldest.compareTo(newest) > 0;
    }

    /** The positions both hold. */
    FeedRange within(FeedRange other) {
        return new FeedRange(FeedPosition.max(oldest, other.oldest), FeedPosition.min(newest, other.newest));
    }

    boolean contains(FeedPosition position) {
        return oldest.compareTo(position) <= 0 && position.compareTo(newest) <= 0;
    }
}
