package io.podium.activity;

import java.util.List;

/**
 * The company's log, read by time for the activity feeds. Each read of a slice is one Query of a feed index, newest
 * first, of at most {@code limit} events (fewer when they fill DynamoDB's 1 MB page: the slice is then not complete).
 */
public interface ActivityLog {
    /** The company's events in the range: the game's feed. */
    FeedSlice company(String copid, FeedRange range, int limit);

    /** The events whose actor is the driver, in the range: a player's feed. */
    FeedSlice driver(String copid, String driver, FeedRange range, int limit);

    /** {@link #driver} of each range, read at the same time: one Query each. */
    List<FeedSlice> drivers(String copid, List<DriverRange> ranges, int limit);

    /** Every event that names the team (its joins, leaves, roles and owners) in the range, oldest first, all of them. */
    List<FeedEvent> team(String copid, String teamId, FeedRange range);

    /** The events that name the process ({@code owner/id}: its creation, joins, leaves, roles and owners) in the range. */
    FeedSlice process(String copid, String processId, FeedRange range, int limit);

    /** A driver's events in a range. */
    record DriverRange(String driver, FeedRange range) {
    }
}
