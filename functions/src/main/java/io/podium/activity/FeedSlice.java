package io.podium.activity;

import java.util.List;

/**
 * What one read of a feed's index gave, newest first: its events, and whether they are all the range holds
 * ({@code complete}); when not, the range may hold more events, all older than the last one given.
 */
public record FeedSlice(List<FeedEvent> events, boolean complete) {
    public FeedSlice {
        events = List.copyOf(events);
    }
}
