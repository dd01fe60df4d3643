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
 *
 * <p>An award or a raise comes from a recompute that read the company's erasures ({@code erasuresSeen}, their count)
 * before its boards: a driver whose erasure began after that read is left out, so that nothing of theirs is written
 * after the erasure removed it.
 */
public interface Ledger {
    /** The drivers holding a badge. */
    Set<String> holders(String copid, long badgeId);

    /** Every award of the company: badge id → its holders. */
    Map<Long, Set<String>> awards(String copid);

    /** When the driver earned each of these badges they hold. */
    Map<Long, Instant> awardsOf(String copid, String userxtid, Collection<Long> badgeIds);

    /**
     * Awards the badge to each of these drivers, each with its {@code badge_achieved} event; those who already held it
     * are left as they are.
     *
     * @return the drivers awarded now
     */
    Set<String> awardAll(String copid, Badge badge, Collection<String> userxtids, long erasuresSeen, Instant now);

    /**
     * Every driver's level so far, as last recorded for the whole company: read in a few calls however large the
     * fleet. It may lag a raise whose recording was interrupted, never lead it; {@link #raiseLevels} leaves out the
     * raises already made, so a lagging level is only ever raised once.
     */
    Map<String, Integer> levels(String copid);

    Optional<Integer> level(String copid, String userxtid);

    /**
     * Raises each driver's level, each with its {@code new_level} event; a driver already at or above the level is left
     * as they are.
     *
     * @return how many drivers were raised now
     */
    int raiseLevels(String copid, Collection<LevelRaise> raises, long erasuresSeen, Instant now);

    /**
     * Removes the driver's awards of these badges and their level, from the snapshot too (an erased player); their
     * events are the event log's to remove. Idempotent.
     */
    void erase(String copid, String userxtid, Collection<Long> badgeIds);
}
