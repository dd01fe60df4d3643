package io.podium.stream;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the social stream and keeps its high-fives. */
public interface StreamStore {
    /** Events newest first, of one driver or of everyone; {@code page} counts from 1. */
    StreamPage page(String copid, Optional<String> userxtid, int page, int perPage);

    /** Which of these events {@code viewer} has high-fived. */
    Set<Long> highFivedBy(String copid, Collection<Long> eventIds, String viewer);

    /** Records that {@code viewer} high-fived the event, once. */
    HighFive highFive(String copid, long eventId, String viewer, Instant now);

    /** Who high-fived the event, in userxtid order; empty if there is no such event. */
    Optional<List<String>> highFivers(String copid, long eventId);

    /**
     * Removes all a driver left in the log (an erased player): the events about them, social or not, with the
     * high-fives given to those; the high-fives they gave, off each event's count; and their name among the winners of
     * a completed campaign. Idempotent.
     */
    void eraseDriver(String copid, String userxtid);
}
