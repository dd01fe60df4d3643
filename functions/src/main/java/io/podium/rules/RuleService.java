package io.podium.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.Forbidden;
import io.podium.errors.NotFound;
import io.podium.errors.Unavailable;
import io.podium.events.Change;
import io.podium.events.CompanyEvent;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.MetricDefinitionStore;
import io.podium.gamemetrics.PlayerValues;
import io.podium.json.Json;
import io.podium.players.PlayerService;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Custom rules: defined as data, listed, and evaluated on players. An evaluation checks everything before it applies
 * anything (the rule, every entry's variables, every player, every effect against the metrics as they are); then applies the rule to each player in order, each
 * player's new values and its {@code custom_rule} event written together, on condition that its values did not change
 * since they were read (else read again and applied again: no update is lost). Each application's event key names the
 * call, the entry and the player, so that a call retried with the same {@code Idempotency-Key} applies nothing twice
 * and answers what the first call applied.
 */
public final class RuleService {
    private static final int ATTEMPTS = 20;

    private final RuleStore rules;
    private final MetricDefinitionStore metrics;
    private final ValueStore values;
    private final Clock clock;

    public RuleService(RuleStore rules, MetricDefinitionStore metrics, ValueStore values, Clock clock) {
        this.rules = rules;
        this.metrics = metrics;
        this.values = values;
        this.clock = clock;
    }

    /** A rule stored, and whether it is new. */
    public record Defined(RuleDefinition rule, boolean created) {
    }

    /** @param body checked against the game's metrics as they are now */
    public Defined define(String copid, String id, byte[] body) {
        RuleDefinition rule = RuleRequest.parse(id, body, metrics.catalog(copid));
        return new Defined(rule, rules.put(copid, rule));
    }

    public List<RuleDefinition> list(String copid) {
        return rules.list(copid);
    }

    /** What one application did to one player. */
    public record Outcome(String playerId, String alias, long eventId, Instant at, List<Change> changes) {
        public Outcome {
            changes = List.copyOf(changes);
        }
    }

    /** The rule's outcome per entry of the evaluation, in order, and the catalog that names its metrics. */
    public record Evaluated(List<List<Outcome>> outcomes, MetricCatalog catalog) {
    }

    /**
     * @param callKey names the call: its {@code Idempotency-Key}, or a fresh one
     * @throws NotFound  404 rule_not_found, or player_not_found for the first unknown player
     * @throws Forbidden 403 player_disabled for the first disabled player
     */
    public Evaluated evaluate(String copid, String ruleId, Evaluation evaluation, String callKey) {
        RuleDefinition rule = Optional.of(ruleId).filter(RuleRequest::validId).flatMap(id -> rules.find(copid, id))
                .orElseThrow(() -> new NotFound("rule_not_found", "No custom rule has the id '" + ruleId + "'."));
        List<Map<String, JsonNode>> variables = new ArrayList<>();
        for (int i = 0; i < evaluation.data().size(); i++) {
            variables.add(RuleEngine.variables(rule, evaluation.data().get(i).variables().orElse(null), i));
        }
        Set<String> ids = evaluation.data().stream().flatMap(entry -> entry.playerIds().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, ValueStore.Subject> subjects = new HashMap<>(values.read(copid, ids));
        for (String id : ids) {
            ValueStore.Subject subject = subjects.get(id);
            if (subject == null) {
                throw PlayerService.notFound(id);
            }
            if (!subject.enabled()) {
                throw new Forbidden("player_disabled", "Player '" + id + "' is disabled.");
            }
        }
        MetricCatalog catalog = heldCatalog(copid, rule);
        variables.forEach(given -> RuleEngine.check(rule, given, catalog));
        int applications = evaluation.data().stream().mapToInt(entry -> entry.playerIds().size()).sum();
        long nextId = values.eventIds(copid, applications);
        List<List<Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < evaluation.data().size(); i++) {
            List<Outcome> entry = new ArrayList<>();
            for (String player : evaluation.data().get(i).playerIds()) {
                String key = "custom_rule#" + callKey + "#" + i + "#" + player;
                entry.add(applyTo(copid, rule, variables.get(i), catalog, subjects, player, key, nextId++));
            }
            outcomes.add(entry);
        }
        return new Evaluated(outcomes, catalog);
    }

    /** The catalog with the rule's metrics held, so that their type can no longer change under the values written. */
    private MetricCatalog heldCatalog(String copid, RuleDefinition rule) {
        Set<String> touched = rule.effects().stream().map(Effect::metric).collect(Collectors.toSet());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            MetricCatalog catalog = metrics.catalog(copid);
            if (catalog.held().containsAll(touched)) {
                return catalog;
            }
            values.hold(copid, catalog, touched);
        }
        throw new Unavailable("busy", "The game's metrics changed too often meanwhile; retry.");
    }

    private Outcome applyTo(String copid, RuleDefinition rule, Map<String, JsonNode> variables, MetricCatalog catalog,
                            Map<String, ValueStore.Subject> subjects, String player, String key, long eventId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ValueStore.Subject subject = subjects.get(player);
            RuleEngine.Applied applied = RuleEngine.apply(rule, variables, subject.values(), catalog);
            Instant now = clock.instant();
            CompanyEvent event = new CompanyEvent(copid, key, "custom_rule", Optional.of(player), now,
                    payload(rule, variables), applied.changes(), false);
            switch (values.apply(copid, applied.after(), event, eventId)) {
                case APPLIED -> {
                    subjects.put(player, new ValueStore.Subject(subject.alias(), subject.enabled(), next(applied)));
                    return new Outcome(player, subject.alias(), eventId, now, applied.changes());
                }
                case ALREADY_APPLIED -> {
                    ValueStore.StoredEvent stored = values.event(copid, key).orElseThrow();
                    subjects.putAll(values.read(copid, List.of(player)));
                    return new Outcome(player, subject.alias(), stored.id(), stored.at(), stored.changes());
                }
                default -> subjects.putAll(values.read(copid, List.of(player)));
            }
        }
        throw new Unavailable("busy", "Player '" + player + "' changed too often meanwhile; retry with the same"
                + " Idempotency-Key.");
    }

    private static PlayerValues next(RuleEngine.Applied applied) {
        PlayerValues after = applied.after();
        return new PlayerValues(after.playerId(), after.points(), after.sets(), after.states(),
                after.version() + 1);
    }

    private static JsonNode payload(RuleDefinition rule, Map<String, JsonNode> variables) {
        ObjectNode payload = Json.object();
        payload.putObject("rule").put("id", rule.id()).put("name", rule.name());
        ObjectNode given = payload.putObject("variables");
        variables.forEach(given::set);
        return payload;
    }
}
