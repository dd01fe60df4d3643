package io.podium.rules;

import io.podium.events.CompanyEvent;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.PlayerValues;

import io.podium.events.Change;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Map;
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

    /**
     * Puts the values back and appends the event (of id {@code eventId}), all or nothing: on condition that the values
     * are still at {@code after.version()} and that no event has the event's key.
     */
    Applied apply(String copid, PlayerValues after, CompanyEvent event, long eventId);

    /** An event appended by {@link #apply}: its id, time and changes. */
    record StoredEvent(long id, Instant at, List<Change> changes) {
    }

    /** The event appended with this key, if any: what a retried evaluation answers instead of applying it again. */
    Optional<StoredEvent> event(String copid, String key);
}
