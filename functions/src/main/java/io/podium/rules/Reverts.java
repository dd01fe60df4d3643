package io.podium.rules;

import io.podium.leaderboards.BoardsTouched;
import io.podium.events.Change;
import io.podium.events.CompanyEvent;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.MetricDefinition;
import io.podium.gamemetrics.PlayerValues;
import io.podium.gamemetrics.PointDeltas;
import io.podium.json.Json;
import io.podium.players.PlayerService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reverting a player's events: only {@code custom_rule} (and, once they exist, {@code action}) events of that player.
 * Each reverted event's changes are undone on the player's values as they are now, last change first: a point or a
 * count moves back by the event's delta (within the metric's bounds; a count not below 0), a state goes back to what it
 * was before the event. The values, the reverted marks and the {@code revert} event are written together, on
 * condition that neither the values nor the marks moved (else read again and reverted again): all or nothing. A level
 * whose points an undoing moves is placed anew, and its state's move is one of the undoing's changes. Uncontended
 * a revert costs three calls: one read of the player, its values, the metrics and the events, the event's id, and the
 * transaction.
 */
public final class Reverts {
    private static final Set<String> REVERTABLE = Set.of("custom_rule", "action");

    private final ValueStore values;
    private final BoardsTouched boards;
    private final Clock clock;

    public Reverts(ValueStore values, BoardsTouched boards, Clock clock) {
        this.values = values;
        this.boards = boards;
        this.clock = clock;
    }

    /** What happened to one id asked for. */
    public enum Status { REVERTED, NOT_FOUND, NOT_REVERTABLE, ALREADY_REVERTED }

    public record Outcome(String eventId, Status status, List<Change> changes) {
        public Outcome {
            changes = List.copyOf(changes);
        }
    }

    /** The outcomes in the order asked, and the catalog that names their metrics. */
    public record Reverted(List<Outcome> outcomes, MetricCatalog catalog) {
    }

    /** @throws io.podium.errors.NotFound 404 player_not_found */
    public Reverted revert(String copid, String playerId, List<String> eventIds) {
        return Contended.untilWritten(playerId, "retry.", () -> attempt(copid, playerId, eventIds));
    }

    /** One read, one undoing, one write: empty when the player's values or marks moved meanwhile. */
    private Optional<Reverted> attempt(String copid, String playerId, List<String> eventIds) {
        ValueStore.RevertView view = values.forRevert(copid, playerId, numeric(eventIds));
        ValueStore.Subject subject = view.subject().orElseThrow(() -> PlayerService.notFound(playerId));
        MetricCatalog catalog = view.catalog();
        Map<String, Status> statuses = new HashMap<>();
        List<ValueStore.LoggedEvent> toRevert = new ArrayList<>();
        for (String id : new LinkedHashSet<>(eventIds)) {
            Optional<ValueStore.LoggedEvent> event = number(id).map(view.events()::get)
                    .filter(found -> found.actor().filter(playerId::equals).isPresent());
            Status status = event.isEmpty() ? Status.NOT_FOUND
                    : !REVERTABLE.contains(event.get().type()) ? Status.NOT_REVERTABLE
                    : event.get().reverted() ? Status.ALREADY_REVERTED : Status.REVERTED;
            statuses.put(id, status);
            if (status == Status.REVERTED) {
                toRevert.add(event.get());
            }
        }
        Map<String, List<Change>> undone = new HashMap<>();
        PlayerValues after = subject.values();
        for (ValueStore.LoggedEvent event : toRevert) {
            List<Change> changes = new ArrayList<>();
            PlayerValues before = after;
            after = undo(after, event, catalog, changes);
            // What the event caused goes with it: a level its points reached moves back.
            RuleEngine.Applied leveled = LevelMoves.settle(before, after, catalog);
            after = leveled.after();
            changes.addAll(leveled.changes());
            undone.put(Long.toString(event.id()), changes);
        }
        Reverted reverted = new Reverted(eventIds.stream().map(id -> new Outcome(id, statuses.get(id),
                undone.getOrDefault(id, List.of()))).toList(), catalog);
        if (toRevert.isEmpty()) {
            return Optional.of(reverted);
        }
        List<Change> all = toRevert.stream().flatMap(event -> undone.get(Long.toString(event.id())).stream()).toList();
        long id = values.eventIds(copid, 1);
        CompanyEvent revert = new CompanyEvent(copid, "revert#" + id, "revert", Optional.of(playerId), clock.instant(),
                Json.object().set("events", Json.mapper().valueToTree(toRevert.stream().map(e -> Long.toString(e.id())).toList())),
                all, false);
        PointDeltas deltas = PointDeltas.between(subject.values(), after, catalog, revert.at());
        if (values.revert(copid, after, deltas, toRevert.stream().map(ValueStore.LoggedEvent::id).toList(), revert, id)
                != ValueStore.Applied.APPLIED) {
            return Optional.empty();
        }
        boards.touched(copid);
        return Optional.of(reverted);
    }

    /** Undoes the event's changes on {@code values}, last first, each undoing answered in {@code undone}. */
    private static PlayerValues undo(PlayerValues values, ValueStore.LoggedEvent event, MetricCatalog catalog, List<Change> undone) {
        Map<String, Long> points = new HashMap<>(values.points());
        Map<String, Map<String, Long>> sets = new HashMap<>();
        values.sets().forEach((metric, counts) -> sets.put(metric, new HashMap<>(counts)));
        Map<String, String> states = new HashMap<>(values.states());
        List<Change> changes = new ArrayList<>(event.changes());
        Collections.reverse(changes);
        for (Change change : changes) {
            Optional<MetricDefinition> metric = catalog.find(change.metric());
            if (metric.isEmpty()) {
                continue; // a metric no longer defined: nothing of it to undo
            }
            switch (metric.get().type()) {
                case POINT -> {
                    long old = points.getOrDefault(change.metric(), metric.get().defaultValue());
                    long now = metric.get().bounded(old - delta(change));
                    points.put(change.metric(), now);
                    undone.add(new Change(change.metric(), Long.toString(old), Long.toString(now)));
                }
                case SET -> {
                    String item = change.item().orElseThrow();
                    Map<String, Long> counts = sets.computeIfAbsent(change.metric(), m -> new HashMap<>());
                    long old = counts.getOrDefault(item, 0L);
                    long now = Math.max(0, old - delta(change));
                    counts.put(item, now);
                    undone.add(new Change(change.metric(), Long.toString(old), Long.toString(now), Optional.of(item)));
                }
                case STATE -> {
                    String old = states.get(change.metric());
                    if (change.oldValue() == null) {
                        states.remove(change.metric());
                    } else {
                        states.put(change.metric(), change.oldValue());
                    }
                    undone.add(new Change(change.metric(), old, change.oldValue()));
                }
                default -> throw new IllegalStateException(metric.get().type().toString());
            }
        }
        return new PlayerValues(values.playerId(), points, sets, states, values.version());
    }

    private static long delta(Change change) {
        return Long.parseLong(change.newValue()) - Long.parseLong(change.oldValue());
    }

    private static List<Long> numeric(List<String> ids) {
        return ids.stream().map(Reverts::number).flatMap(Optional::stream).distinct().toList();
    }

    /** An event id as the log numbers them; any other names no event. */
    private static Optional<Long> number(String id) {
        return id.matches("[1-9][0-9]{0,17}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }
}
