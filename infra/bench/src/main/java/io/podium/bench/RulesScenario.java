package io.podium.bench;

import io.podium.gamemetrics.MetricDefinition;
import io.podium.gamemetrics.MetricItem;
import io.podium.gamemetrics.MetricType;
import io.podium.levels.LevelDefinition;
import io.podium.levels.LevelThreshold;
import io.podium.rules.Evaluation;
import io.podium.rules.Reverts;
import io.podium.rules.RuleService;
import io.podium.wiring.Wiring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Custom rules on the players' company, in DynamoDB calls: one evaluation on {@value #PLAYERS} players (every call of
 * it, the rule's and the metrics' reads included, per player; each application moves a level too, so each writes two
 * events), then reverts of one event and of ten events of one
 * player (the calls per event reverted, the worse of the two).
 */
final class RulesScenario {
    static final int PLAYERS = 1_000;
    private static final String METRIC = "bench_points";
    private static final String RULE = "bench_bonus";
    private static final String GRADE = "bench_grade";

    private final Wiring wiring;
    private final String copid;

    RulesScenario(Wiring wiring, String copid) {
        this.wiring = wiring;
        this.copid = copid;
    }

    /** {@code rules} and {@code revert}, each with its key. */
    Map<String, Object> run() throws Exception {
        wiring.gameMetrics().define(copid, new MetricDefinition(METRIC, "Points", MetricType.POINT, 0, Optional.empty(),
                Optional.empty(), List.of()));
        // A level every application moves (0 to 10 points crosses 10): each player's transaction carries its level event.
        wiring.gameMetrics().define(copid, new MetricDefinition(GRADE, "Grade", MetricType.STATE, 0, Optional.empty(),
                Optional.empty(), List.of(new MetricItem("bronze", ""), new MetricItem("silver", ""))));
        wiring.gameLevels().define(copid, new LevelDefinition("bench_level", "Grades", METRIC, GRADE,
                List.of(new LevelThreshold("bronze", 10), new LevelThreshold("silver", 1_000))));
        RuleService rules = wiring.rules();
        rules.define(copid, RULE, ("{\"name\":\"Bonus\",\"effects\":[{\"metric\":\"" + METRIC + "\",\"verb\":\"add\","
                + "\"value\":10}]}").getBytes(StandardCharsets.UTF_8));
        // Drivers the other scenarios leave alone (the erasure's is among the first thousand).
        String everyone = IntStream.range(PLAYERS, 2 * PLAYERS).mapToObj(i -> "\"" + BoardBench.driver(i) + "\"")
                .collect(Collectors.joining(","));
        BoardBench.Measured evaluated = BoardBench.measure(() -> rules.evaluate(copid, RULE,
                evaluation("{\"data\":[{\"player_ids\":[" + everyone + "]}]}"), "u:bench-everyone"));

        String one = BoardBench.driver(2 * PLAYERS);
        String ten = BoardBench.driver(2 * PLAYERS + 1);
        String oneEvent = eventIds(rules, one, 1).get(0);
        List<String> tenEvents = eventIds(rules, ten, 10);
        Reverts reverts = wiring.reverts();
        BoardBench.Measured revertOne = BoardBench.measure(() -> reverts.revert(copid, one, List.of(oneEvent)));
        BoardBench.Measured revertTen = BoardBench.measure(() -> reverts.revert(copid, ten, tenEvents));

        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> rulesResult = new LinkedHashMap<>();
        rulesResult.put("players", PLAYERS);
        rulesResult.put("evaluate", evaluated.json());
        rulesResult.put("callsPerPlayer", Bench.round(evaluated.usage().totalCalls() / (double) PLAYERS));
        result.put("rules", rulesResult);
        Map<String, Object> revert = new LinkedHashMap<>();
        revert.put("oneEvent", revertOne.json());
        revert.put("tenEvents", revertTen.json());
        revert.put("callsPerEvent", Bench.round(Math.max(revertOne.usage().totalCalls(), revertTen.usage().totalCalls() / 10.0)));
        result.put("revert", revert);
        return result;
    }

    /** {@code count} evaluations of the rule on one player, one at a time: their events' ids. */
    private List<String> eventIds(RuleService rules, String player, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RuleService.Evaluated evaluated = rules.evaluate(copid, RULE,
                    evaluation("{\"data\":[{\"player_ids\":[\"" + player + "\"]}]}"), "u:bench-" + player + "-" + i);
            ids.add(Long.toString(evaluated.outcomes().get(0).get(0).events().own().id()));
        }
        return ids;
    }

    private static Evaluation evaluation(String json) {
        return Evaluation.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
