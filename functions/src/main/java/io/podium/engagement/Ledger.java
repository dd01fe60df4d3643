package io.podium.engagement;

import io.podium.badges.Badge;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What drivers have earned, each appended to the event log with the event that announces it. Every write is conditional and written together
 * with its event, so a redelivered message awards, raises or announces nothing twice.
 */
public interface Ledger {
    /** The drivers holding a badge. */
    Set<String> holders(String copid, long badgeId);

    /** Every award of the company: badge id → its holders. */
    Map<Long, Set<String>> awards(String copid);

    /** When the driver earned each of these badges they hold. */
    Map<Long, Instant> awardsOf(String copid, String userxtid, Collection<Long> badgeIds);

    /** Awards the badge and writes its {@code badge_achieved} event; false if the driver already held it. */
    boolean award(String copid, Badge badge, String userxtid, Instant now);

    /** Every driver's level so far. */
    Map<String, Integer> levels(String copid);

    Optional<Integer> level(String copid, String userxtid);

    /**
     * Raises the driver's level from {@code from} (the highest they had, 0 for none) and appends its {@code new_level}
     * event; false if it was already at or above it.
     */
    boolean raiseLevel(String copid, String userxtid, int from, int level, Instant now);
}
