package io.podium.rules;

import io.podium.leaderboards.BoardsTouched;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.errors.FieldErrors;
import io.podium.events.Change;
import io.podium.events.CompanyEvent;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.MetricDefinition;
import io.podium.gamemetrics.MetricDefinitionStore;
import io.podium.gamemetrics.MetricType;
import io.podium.gamemetrics.PlayerValues;
import io.podium.json.Json;
import io.podium.players.PlayerService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An admin's changes of a player's values, beyond rules: {@code PATCH …/scores} (a list of {@code {"metric","verb",
 * "value"}}: an integer for a point metric, {@code {"<item>":<count>}} for a set, a state's name for a state; logged as a
 * {@code manual} event) and {@code POST …/reset} (every value back to its default; a {@code reset} event). Each is
 * written as a rule's application is: the values on condition of their version, with the event.
 */
public final class ManualChanges {
    static final int MAX_CHANGES = 50;

    private final MetricDefinitionStore metrics;
    private final ValueStore values;
    private final ChangeWriter writer;
    private final Clock clock;

    public ManualChanges(MetricDefinitionStore metrics, ValueStore values, BoardsTouched boards, Clock clock) {
        this.metrics = metrics;
        this.values = values;
        this.writer = new ChangeWriter(values, boards);
        this.clock = clock;
    }

    /** What one change did, the events it left (its own, and a level event), and the catalog that names its metrics. */
    public record Changed(String alias, List<Change> changes, ChangeEvents events, MetricCatalog catalog) {
    }

    /** @throws io.podium.errors.NotFound 404 player_not_found */
    public Changed patch(String copid, String playerId, byte[] body) {
        MetricCatalog catalog = metrics.catalog(copid);
        RuleDefinition asRule = asRule(Json.parseArray(body), catalog);
        RuleEngine.check(asRule, Map.of(), catalog);
        return write(copid, playerId, catalog, "manual", before -> RuleEngine.apply(asRule, Map.of(), before, catalog));
    }

    /** Every value of the player back to its default. */
    public Changed reset(String copid, String playerId) {
        MetricCatalog catalog = metrics.catalog(copid);
        return write(copid, playerId, catalog, "reset", before -> {
            List<Change> changes = new ArrayList<>();
            for (MetricDefinition metric : catalog.definitions()) {
                switch (metric.type()) {
                    case POINT -> {
                        long old = before.point(metric);
                        if (old != metric.defaultValue()) {
                            changes.add(new Change(metric.id(), Long.toString(old),
                                    Long.toString(metric.defaultValue())));
                        }
                    }
                    case SET -> metric.items().forEach(item -> {
                        long old = before.count(metric.id(), item.name());
                        if (old != 0) {
                            changes.add(new Change(metric.id(), Long.toString(old), "0",
                                    Optional.of(item.name())));
                        }
                    });
                    case STATE -> before.state(metric.id()).ifPresent(old ->
                            changes.add(new Change(metric.id(), old, null)));
                    default -> throw new IllegalStateException(metric.type().toString());
                }
            }
            return new RuleEngine.Applied(new PlayerValues(playerId, Map.of(), Map.of(), Map.of(), before.version()), changes);
        });
    }

    private Changed write(String copid, String playerId, MetricCatalog catalog, String type,
                          Function<PlayerValues, RuleEngine.Applied> change) {
        return Contended.untilWritten(playerId, "retry.", () -> {
            ValueStore.Subject subject = Optional.ofNullable(values.read(copid, List.of(playerId)).get(playerId))
                    .orElseThrow(() -> PlayerService.notFound(playerId));
            RuleEngine.Applied applied = change.apply(subject.values());
            // Its event's id, and its level event's when a level may move: one reservation.
            boolean levels = !catalog.levels().isEmpty();
            long id = values.eventIds(copid, levels ? 2 : 1);
            CompanyEvent event = new CompanyEvent(copid, type + "#" + id, type, Optional.of(playerId), clock.instant(),
                    Json.object(), applied.changes(), false);
            ChangeWriter.Written written = writer.write(subject.values(), applied, catalog, event, id, levels ? id + 1 : 0);
            return written.result() == ValueStore.Applied.APPLIED
                    ? Optional.of(new Changed(subject.alias(), applied.changes(), written.events(), catalog)) : Optional.empty();
        });
    }

    /** The body as a rule of literal effects: the same checks, the same engine. */
    private static RuleDefinition asRule(JsonNode body, MetricCatalog catalog) {
        FieldErrors errors = new FieldErrors();
        List<Effect> effects = new ArrayList<>();
        if (!body.isArray() || body.isEmpty() || body.size() > MAX_CHANGES) {
            errors.invalid(null, "changes", "the body is an array of 1 to " + MAX_CHANGES + " {\"metric\",\"verb\",\"value\"}");
            errors.throwIfAny();
        }
        for (int i = 0; i < body.size(); i++) {
            JsonNode entry = body.get(i);
            Optional<MetricDefinition> metric = Optional.ofNullable(entry.get("metric")).filter(JsonNode::isTextual)
                    .flatMap(id -> catalog.find(id.textValue()));
            Optional<Verb> verb = Optional.ofNullable(entry.get("verb")).filter(JsonNode::isTextual)
                    .flatMap(v -> Verb.named(v.textValue()));
            JsonNode value = entry.get("value");
            if (metric.isEmpty() || verb.isEmpty() || value == null) {
                errors.invalid(i, "metric", "each change is {\"metric\" (a point, set or state metric of the game),"
                        + " \"verb\" (add, remove or set), \"value\"}");
                continue;
            }
            MetricType type = metric.get().type();
            if (type == MetricType.POINT && value.isIntegralNumber() && value.canConvertToLong()) {
                effects.add(new Effect(metric.get().id(), verb.get(), Optional.empty(), new Operand.Literal(value), Optional.empty()));
            } else if (type == MetricType.STATE && value.isTextual() && verb.get() == Verb.SET
                    && metric.get().item(value.textValue()).isPresent()) {
                effects.add(new Effect(metric.get().id(), verb.get(), Optional.empty(), new Operand.Literal(value), Optional.empty()));
            } else if (type == MetricType.SET && value.isObject() && !value.isEmpty()) {
                int index = i;
                value.fields().forEachRemaining(item -> {
                    if (metric.get().item(item.getKey()).isEmpty() || !item.getValue().isIntegralNumber()
                            || !item.getValue().canConvertToLong()) {
                        errors.invalid(index, "value", "each item is one of " + metric.get().id() + "'s, with an integer count");
                    } else {
                        effects.add(new Effect(metric.get().id(), verb.get(), Optional.of(item.getKey()),
                                new Operand.Literal(item.getValue()), Optional.empty()));
                    }
                });
            } else {
                errors.invalid(i, "value", "a point takes an integer, a set {\"<item>\":<count>}, a state (set only) one of"
                        + " its states");
            }
        }
        errors.throwIfAny();
        return new RuleDefinition("manual", "manual", List.of(), effects);
    }
}
