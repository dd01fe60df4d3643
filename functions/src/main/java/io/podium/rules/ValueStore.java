package io.podium.rules;

import io.podium.events.Change;
import io.podium.events.CompanyEvent;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.PlayerValues;
import io.podium.gamemetrics.PointDeltas;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where players' values of the game's metrics live, and the events that changed them. */
public interface ValueStore {
    /** A player as a rule needs it: its alias, whether it is enabled, and its values. */
    record Subject(String alias, boolean enabled, PlayerValues values) {
    }

    /** The players that exist (not erasing) with their values, in as few reads as the ids allow. */
    Map<String, Subject> read(String copid, Collection<String> playerIds);

    /** Marks metrics as held by a player, so that their type no longer changes; false if the catalog changed. */
    boolean hold(String copid, MetricCatalog read, Set<String> metrics);

    /** Reserves {@code count} event ids; answers the first. */
    long eventIds(String copid, int count);

    /** What an {@link #apply} did. */
    enum Applied { APPLIED, ALREADY_APPLIED, VALUES_CHANGED }

    /** An event to append, with the id reserved for it, and when its key item may go (the Events table's TTL). */
    record Logged(CompanyEvent event, long id, Instant keyExpires) {
    }

    /**
     * Puts the values back, adds the change's deltas to the player's day ({@link PointDeltas}) and appends the events
     * (the first the change's own, then the level events it caused), all or nothing: on condition that the values are still at {@code after.version()} and that no event has its key.
     * ALREADY_APPLIED when the first event's key was taken: the change was applied before.
     */
    Applied apply(String copid, PlayerValues after, PointDeltas deltas, List<Logged> events);

    /** An event appended by {@link #apply}: its id, time and changes. */
    record StoredEvent(long id, Instant at, List<Change> changes) {
    }

    /** The event appended with this key, if any: what a retried evaluation answers instead of applying it again. */
    Optional<StoredEvent> event(String copid, String key);

    /** An event of the log as a revert reads it: whose, of what type, what it changed, and whether it was reverted. */
    record LoggedEvent(long id, String type, Optional<String> actor, List<Change> changes, boolean reverted) {
    }

    /** What a revert reads: the player (empty if none) with its values, the game's metrics, and the events asked for. */
    record RevertView(Optional<Subject> subject, MetricCatalog catalog, Map<Long, LoggedEvent> events) {
    }

    /**
     * The player, its values, the metric catalog and these events of the company's log (not social ones), by id, in
     * one read: at most {@value #MAX_REVERTED} events.
     */
    RevertView forRevert(String copid, String playerId, Collection<Long> eventIds);

    /**
     * The events one revert may name: what one read holds beside the player's three items, and what one transaction
     * holds beside the values, the revert event and the deltas of the day.
     */
    int MAX_REVERTED = 97;

    /**
     * Puts the values back, adds the revert's deltas to the player's day (the day of the revert: a window that has
     * ended does not move), marks each of {@code reverted} reverted (on condition that it was not) and appends the
     * revert event, all or nothing; VALUES_CHANGED when the values moved or an event was reverted meanwhile.
     */
    Applied revert(String copid, PlayerValues after, PointDeltas deltas, Collection<Long> reverted, CompanyEvent event,
                   long eventId);
}
