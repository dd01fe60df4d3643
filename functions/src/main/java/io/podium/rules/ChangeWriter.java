package io.podium.rules;

import io.podium.leaderboards.BoardsTouched;
import io.podium.events.CompanyEvent;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.PlayerValues;
import io.podium.gamemetrics.PointDeltas;
import io.podium.json.Json;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Writes a change of one player's values (a rule's application, a manual change, a reset) with its event and, when the
 * change moved a level, the {@code level} event it caused (Playoff's "global" event): the values, both events and
 * their keys in one transaction, on condition that the values did not move since they were read.
 */
final class ChangeWriter {
    /** The suffix of a level event's key: the key of the event that caused it, so that a retry finds both. */
    static final String LEVEL_KEY = "#level";
    /**
     * How long a change's keys are kept: a retry with the same Idempotency-Key within it answers the first call; after
     * it the Events table's TTL may delete the key items (the events stay).
     */
    static final Duration KEY_RETENTION = Duration.ofHours(24);

    private final ValueStore values;
    private final BoardsTouched boards;

    ChangeWriter(ValueStore values, BoardsTouched boards) {
        this.values = values;
        this.boards = boards;
    }

    /** What a write did: its result, the values after, and its events. */
    record Written(ValueStore.Applied result, PlayerValues after, ChangeEvents events) {
    }

    /**
     * @param applied the change, from {@code before}
     * @param own     the change's event, of {@code applied}'s changes
     * @param levelId the id reserved for a level event; 0 when the change cannot move a level
     */
    Written write(PlayerValues before, RuleEngine.Applied applied, MetricCatalog catalog, CompanyEvent own, long ownId,
                  long levelId) {
        RuleEngine.Applied leveled = LevelMoves.settle(before, applied.after(), catalog);
        Instant keysExpire = own.at().plus(KEY_RETENTION);
        List<ValueStore.Logged> events = new ArrayList<>(List.of(new ValueStore.Logged(own, ownId, keysExpire)));
        Optional<ValueStore.StoredEvent> level = Optional.empty();
        if (!leveled.changes().isEmpty()) {
            if (levelId <= 0) {
                throw new IllegalStateException("a level moved without an id reserved for its event");
            }
            events.add(new ValueStore.Logged(new CompanyEvent(own.copid(), own.key() + LEVEL_KEY, "level", own.actor(),
                    own.at(), Json.object().put("cause", Long.toString(ownId)), leveled.changes(), false), levelId, keysExpire));
            level = Optional.of(new ValueStore.StoredEvent(levelId, own.at(), leveled.changes()));
        }
        ValueStore.Applied result = values.apply(own.copid(), leveled.after(),
                PointDeltas.between(before, leveled.after(), catalog, own.at()), events);
        if (result == ValueStore.Applied.APPLIED) {
            boards.touched(own.copid());
        }
        return new Written(result, leveled.after(),
                new ChangeEvents(new ValueStore.StoredEvent(ownId, own.at(), applied.changes()), level));
    }

    /** The events a change wrote before, by its own event's key: what a retried call answers. */
    Optional<ChangeEvents> stored(String copid, String key) {
        return values.event(copid, key).map(own -> new ChangeEvents(own, values.event(copid, key + LEVEL_KEY)));
    }

    /** Whether a change of these metrics may move a level: whether its events need two ids. */
    static boolean mayMoveLevels(MetricCatalog catalog, Collection<String> metrics) {
        return catalog.levels().stream().anyMatch(level -> metrics.contains(level.metric()));
    }
}
