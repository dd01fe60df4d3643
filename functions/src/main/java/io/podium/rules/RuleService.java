package io.podium.rules;

import io.podium.leaderboards.BoardsTouched;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.Forbidden;
import io.podium.errors.NotFound;
import io.podium.errors.Unavailable;
import io.podium.events.CompanyEvent;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.gamemetrics.MetricDefinitionStore;
import io.podium.json.Json;
import io.podium.players.PlayerService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    /** Attempts at holding the rule's metrics while other changes of the catalog win. */
    private static final int HOLD_ATTEMPTS = 20;

    private final RuleStore rules;
    private final MetricDefinitionStore metrics;
    private final ValueStore values;
    private final ChangeWriter writer;
    private final Clock clock;

    public RuleService(RuleStore rules, MetricDefinitionStore metrics, ValueStore values, BoardsTouched boards, Clock clock) {
        this.rules = rules;
        this.metrics = metrics;
        this.values = values;
        this.writer = new ChangeWriter(values, boards);
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

    /** What one application did to one player: its {@code custom_rule} event, and the {@code level} event it caused. */
    public record Outcome(String playerId, String alias, ChangeEvents events) {
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
        // Every application's ids in one reservation: its event's, and its level event's when a level may move.
        int idsEach = ChangeWriter.mayMoveLevels(catalog, touched(rule)) ? 2 : 1;
        int applications = evaluation.data().stream().mapToInt(entry -> entry.playerIds().size()).sum();
        long nextId = values.eventIds(copid, applications * idsEach);
        List<List<Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < evaluation.data().size(); i++) {
            List<Outcome> entry = new ArrayList<>();
            for (String player : evaluation.data().get(i).playerIds()) {
                Application application = new Application(player, "custom_rule#" + callKey + "#" + i + "#" + player,
                        nextId, idsEach == 2 ? nextId + 1 : 0);
                nextId += idsEach;
                entry.add(applyTo(copid, rule, variables.get(i), catalog, subjects, application));
            }
            outcomes.add(entry);
        }
        return new Evaluated(outcomes, catalog);
    }

    /** One player's application: its event's key and the ids reserved for its events. */
    private record Application(String player, String key, long eventId, long levelId) {
    }

    private static Set<String> touched(RuleDefinition rule) {
        return rule.effects().stream().map(Effect::metric).collect(Collectors.toSet());
    }

    /**
     * The catalog with the rule's metrics, and the states of the levels they move, held, so that their type can no
     * longer change under the values written.
     */
    private MetricCatalog heldCatalog(String copid, RuleDefinition rule) {
        Set<String> touched = new HashSet<>(touched(rule));
        for (int attempt = 0; attempt < HOLD_ATTEMPTS; attempt++) {
            MetricCatalog catalog = metrics.catalog(copid);
            catalog.levels().stream().filter(level -> touched.contains(level.metric()))
                    .forEach(level -> touched.add(level.state()));
            if (catalog.held().containsAll(touched)) {
                return catalog;
            }
            values.hold(copid, catalog, touched);
        }
        throw new Unavailable("busy", "The game's metrics changed too often meanwhile; retry.");
    }

    private Outcome applyTo(String copid, RuleDefinition rule, Map<String, JsonNode> variables, MetricCatalog catalog,
                            Map<String, ValueStore.Subject> subjects, Application application) {
        String player = application.player();
        return Contended.untilWritten(player, "retry with the same Idempotency-Key.", () -> {
            ValueStore.Subject subject = subjects.get(player);
            RuleEngine.Applied applied = RuleEngine.apply(rule, variables, subject.values(), catalog);
            CompanyEvent event = new CompanyEvent(copid, application.key(), "custom_rule", Optional.of(player),
                    clock.instant(), payload(rule, variables), applied.changes(), false);
            ChangeWriter.Written written = writer.write(subject.values(), applied, catalog, event, application.eventId(),
                    application.levelId());
            switch (written.result()) {
                case APPLIED -> {
                    subjects.put(player, new ValueStore.Subject(subject.alias(), subject.enabled(), written.after().next()));
                    return Optional.of(new Outcome(player, subject.alias(), written.events()));
                }
                case ALREADY_APPLIED -> {
                    subjects.putAll(values.read(copid, List.of(player)));
                    return Optional.of(new Outcome(player, subject.alias(),
                            writer.stored(copid, application.key()).orElseThrow()));
                }
                default -> {
                    subjects.putAll(values.read(copid, List.of(player)));
                    return Optional.empty();
                }
            }
        });
    }

    private static JsonNode payload(RuleDefinition rule, Map<String, JsonNode> variables) {
        ObjectNode payload = Json.object();
        payload.putObject("rule").put("id", rule.id()).put("name", rule.name());
        ObjectNode given = payload.putObject("variables");
        variables.forEach(given::set);
        return payload;
    }
}
