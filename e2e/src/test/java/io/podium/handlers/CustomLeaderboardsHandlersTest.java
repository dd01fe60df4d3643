package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.api.customboards.DeregisterFromLeaderboardHandler;
import io.podium.api.customboards.GetCustomLeaderboardHandler;
import io.podium.api.customboards.ListLeaderboardDefinitionsHandler;
import io.podium.api.customboards.PutLeaderboardDefinitionHandler;
import io.podium.api.customboards.RegisterOnLeaderboardHandler;
import io.podium.api.players.CreatePlayerHandler;
import io.podium.api.players.DisablePlayerHandler;
import io.podium.api.players.UpdatePlayerHandler;
import io.podium.api.rules.PatchPlayerScoresHandler;
import io.podium.api.rules.PutRuleHandler;
import io.podium.api.teams.CreateTeamHandler;
import io.podium.api.teams.JoinTeamHandler;
import io.podium.api.teams.LeaveTeamHandler;
import io.podium.api.teams.PutTeamDefinitionHandler;
import io.podium.customboards.CustomBoardRecompute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.podium.handlers.Fixtures.body;
import static io.podium.handlers.Fixtures.refused;
import static io.podium.handlers.Fixtures.newCompany;
import static io.podium.handlers.RulesHandlersTest.defineMetric;
import static io.podium.handlers.RulesHandlersTest.evaluate;
import static io.podium.handlers.RulesHandlersTest.event;
import static io.podium.handlers.RulesHandlersTest.revert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Playoff's custom leaderboards on their fixtures, against the local DynamoDB engine: definitions, registration by
 * scope, and the boards the background recompute publishes (run here directly, as its consumer would on a notice).
 */
@ExtendWith(InProcessPodium.class)
class CustomLeaderboardsHandlersTest {
    private final CustomBoardRecompute recompute = Stores.healthy().wiring(Clock.systemUTC()).customBoardRecompute();

    private static JsonNode answered(int status, APIGatewayProxyResponseEvent response) {
        assertEquals(status, response.getStatusCode(), response.getBody());
        return body(response);
    }

    private static APIGatewayProxyResponseEvent define(String copid, String id, String body) {
        APIGatewayProxyRequestEvent event = event("put-leaderboard-definition", copid);
        event.setPathParameters(Map.of("leaderboard_id", id));
        event.setBody(body);
        return new PutLeaderboardDefinitionHandler().handleRequest(event, null);
    }

    private static APIGatewayProxyResponseEvent register(String copid, String id, String body, boolean register) {
        APIGatewayProxyRequestEvent event = event(register ? "register-on-leaderboard" : "deregister-from-leaderboard", copid);
        event.setPathParameters(Map.of("leaderboard_definition_id", id));
        event.setBody(body);
        return register ? new RegisterOnLeaderboardHandler().handleRequest(event, null)
                : new DeregisterFromLeaderboardHandler().handleRequest(event, null);
    }

    private static JsonNode board(String copid, String id, String scope) {
        APIGatewayProxyRequestEvent event = event("get-custom-leaderboard", copid);
        event.setPathParameters(Map.of("leaderboard_definition_id", id));
        event.setQueryStringParameters(scope == null ? Map.of("limit", "100") : Map.of("scope", scope, "limit", "100"));
        return answered(200, new GetCustomLeaderboardHandler().handleRequest(event, null));
    }

    /** The board as "rank id score" lines. */
    private static List<String> rows(JsonNode board) {
        List<String> rows = new ArrayList<>();
        board.get("data").forEach(row -> rows.add(row.get("rank").asInt() + " " + row.get("entity").get("id").asText()
                + " " + row.get("score").decimalValue().toPlainString()));
        return rows;
    }

    private static void player(String copid, String id) {
        APIGatewayProxyRequestEvent event = event("create-player", copid);
        event.setBody("{\"id\":\"" + id + "\",\"alias\":\"" + id.toUpperCase() + "\"}");
        answered(201, new CreatePlayerHandler().handleRequest(event, null));
    }

    private static void patch(String copid, String player, long add) {
        APIGatewayProxyRequestEvent event = event("patch-player-scores", copid);
        event.setPathParameters(Map.of("player_id", player));
        event.setBody("[{\"metric\":\"km\",\"verb\":\"add\",\"value\":" + add + "}]");
        answered(200, new PatchPlayerScoresHandler().handleRequest(event, null));
    }

    /** A game with the point metric km and players po, ripley and tai. */
    private static String game() {
        String copid = newCompany();
        answered(201, defineMetric(copid, "km", "{\"name\":\"Kilometres\",\"type\":\"point\"}"));
        for (String id : List.of("po", "ripley", "tai")) {
            player(copid, id);
        }
        return copid;
    }

    private void recomputed(String copid) {
        recompute.recompute(copid, Instant.now());
    }

    @Test
    void aDefinitionIsPutWholeAndListed() {
        String copid = game();
        JsonNode created = answered(201, define(copid, "course_board",
                "{\"name\":\"Course board\",\"entity\":\"players\",\"metric\":\"km\",\"custom\":true}"));
        assertEquals("{\"id\":\"course_board\",\"name\":\"Course board\",\"entity\":\"players\",\"metric\":\"km\","
                + "\"custom\":true}", withoutUpdated(created));
        answered(200, define(copid, "course_board", "{\"name\":\"Crews\",\"entity\":\"teams\",\"metric\":\"km\","
                + "\"aggregation\":\"average\"}"));
        JsonNode listed = answered(200, new ListLeaderboardDefinitionsHandler().handleRequest(
                event("list-leaderboard-definitions", copid), null));
        assertEquals(1, listed.get("total").asInt());
        assertEquals("{\"id\":\"course_board\",\"name\":\"Crews\",\"entity\":\"teams\",\"metric\":\"km\","
                + "\"aggregation\":\"average\",\"custom\":false}", withoutUpdated(listed.get("data").get(0)));

        refused(define(copid, "b", "{\"name\":\"B\",\"entity\":\"players\",\"metric\":\"nope\"}"), 400, "validation_exception");
        refused(define(copid, "b", "{\"name\":\"B\",\"entity\":\"drivers\",\"metric\":\"km\"}"), 400, "validation_exception");
        refused(define(copid, "b", "{\"name\":\"B\",\"entity\":\"players\",\"metric\":\"km\",\"aggregation\":\"sum\"}"),
                400, "validation_exception");
        refused(define(copid, "b", "{\"name\":\"B\",\"entity\":\"players\",\"metric\":\"km\","
                + "\"period\":{\"start\":\"2026-01-01\",\"end\":\"2026-01-31\"}}"), 400, "validation_exception");
        refused(define(copid, "_b", "{\"name\":\"B\",\"entity\":\"players\",\"metric\":\"km\"}"), 400, "validation_exception");
        assertEquals(1, answered(200, new ListLeaderboardDefinitionsHandler().handleRequest(
                event("list-leaderboard-definitions", copid), null)).get("total").asInt(), "nothing written");
    }

    private static String withoutUpdated(JsonNode definition) {
        assertTrue(definition.get("updated").isTextual());
        return definition.toString().replaceAll(",\"updated\":\"[^\"]*\"", "");
    }

    /** The seed's example: ripley and po registered in two scopes show at 0; po deregistered from one leaves it. */
    @Test
    void registeredPlayersShowAtZeroInEachScopeAndLeaveOnDeregister() {
        String copid = game();
        answered(201, define(copid, "custom_leaderboard", "{\"name\":\"Custom\",\"entity\":\"players\",\"metric\":\"km\","
                + "\"custom\":true}"));
        String both = "{\"entity_ids\":[\"ripley\",\"po\"],\"scopes\":[\"course_1\",\"course_quiz_1\"]}";
        assertEquals("{\"ok\":1}", answered(200, register(copid, "custom_leaderboard", both, true)).toString());
        answered(200, register(copid, "custom_leaderboard", both, true)); // idempotent
        recomputed(copid);
        for (String scope : List.of("course_1", "course_quiz_1")) {
            JsonNode board = board(copid, "custom_leaderboard", scope);
            assertEquals(List.of("1 po 0", "1 ripley 0"), rows(board), "ties share a rank, by id");
            assertEquals("RIPLEY", board.get("data").get(1).get("entity").get("alias").asText());
            assertEquals(2, board.get("total").asInt());
            assertTrue(Instant.parse(board.get("computedAt").asText()).isBefore(Instant.now().plusSeconds(1)));
        }
        patch(copid, "ripley", 7);
        patch(copid, "tai", 50); // not registered: on no custom board
        answered(200, register(copid, "custom_leaderboard", "{\"entity_ids\":[\"po\"],\"scopes\":[\"course_1\"]}", false));
        recomputed(copid);
        assertEquals(List.of("1 ripley 7"), rows(board(copid, "custom_leaderboard", "course_1")));
        assertEquals(List.of("1 ripley 7", "2 po 0"), rows(board(copid, "custom_leaderboard", "course_quiz_1")));
        assertEquals(0, recompute.recompute(copid, Instant.now().minusSeconds(1)),
                "a notice due before the boards were computed finds nothing to do");

        answered(200, register(copid, "custom_leaderboard", "{\"entity_ids\":[\"ripley\"],\"scopes\":[\"course_1\"]}", false));
        recomputed(copid);
        JsonNode empty = board(copid, "custom_leaderboard", "course_1");
        assertEquals(List.of(), rows(empty), "the scope's last entity gone, the scope is empty");
        assertEquals(0, empty.get("total").asInt());
    }

    @Test
    void registrationRefusesAsTheSeedDoesAndWritesNothing() {
        String copid = game();
        answered(201, define(copid, "open", "{\"name\":\"Open\",\"entity\":\"players\",\"metric\":\"km\"}"));
        answered(201, define(copid, "custom", "{\"name\":\"Custom\",\"entity\":\"players\",\"metric\":\"km\",\"custom\":true}"));
        answered(201, define(copid, "crews", "{\"name\":\"Crews\",\"entity\":\"teams\",\"metric\":\"km\",\"custom\":true}"));
        String po = "{\"entity_ids\":[\"po\"],\"scopes\":[\"s1\"]}";
        refused(register(copid, "nope", po, true), 404, "leaderboard_definition_not_found");
        refused(register(copid, "open", po, false), 400, "invalid_request");
        refused(register(copid, "custom", "{\"entity_ids\":[\"po\",\"ghost\"],\"scopes\":[\"s1\"]}", true), 404, "player_not_found");
        refused(register(copid, "crews", "{\"entity_ids\":[\"nobody\"],\"scopes\":[\"s1\"]}", true), 404, "team_not_found");
        refused(register(copid, "crews", "{\"entity_ids\":[\"中 中\"],\"scopes\":[\"s1\"]}", true), 404, "team_not_found");
        refused(register(copid, "custom", "{\"entity_ids\":[\"tab\\there\"],\"scopes\":[\"s1\"]}", true), 404,
                "player_not_found");
        refused(register(copid, "custom", "{\"entity_ids\":[],\"scopes\":[\"s1\"]}", true), 400, "validation_exception");
        refused(register(copid, "custom", "{\"entity_ids\":[\"po\"],\"scopes\":[\"bad scope\"]}", true), 400,
                "validation_exception");
        recomputed(copid);
        assertEquals(List.of(), rows(board(copid, "custom", "s1")), "po was not registered with ghost");
        APIGatewayProxyRequestEvent noScope = event("get-custom-leaderboard", copid);
        noScope.setPathParameters(Map.of("leaderboard_definition_id", "custom"));
        noScope.setQueryStringParameters(null);
        refused(new GetCustomLeaderboardHandler().handleRequest(noScope, null), 400, "invalid_request");
    }

    /** A board that is not custom lists the players with a value; a disabled player leaves it. */
    @Test
    void anOpenBoardListsPlayersWithAValueAndLeavesDisabledOnesOut() {
        String copid = game();
        answered(201, define(copid, "open", "{\"name\":\"Open\",\"entity\":\"players\",\"metric\":\"km\"}"));
        recomputed(copid);
        JsonNode before = board(copid, "open", null);
        assertEquals(List.of(), rows(before));
        patch(copid, "po", 3);
        patch(copid, "tai", 3);
        patch(copid, "ripley", 9);
        recomputed(copid);
        JsonNode board = board(copid, "open", null);
        assertEquals(List.of("1 ripley 9", "2 po 3", "2 tai 3"), rows(board));
        assertTrue(board.get("score") == null && board.get("data").get(0).get("score").isNumber());
        assertTrue(Instant.parse(board.get("computedAt").asText()).isAfter(Instant.parse(before.get("computedAt").asText())));

        APIGatewayProxyRequestEvent rename = event("update-player", copid);
        rename.setPathParameters(Map.of("player_id", "po"));
        rename.setBody("{\"alias\":\"Po, the Dragon Warrior\"}");
        answered(200, new UpdatePlayerHandler().handleRequest(rename, null));
        recomputed(copid);
        assertEquals("Po, the Dragon Warrior", board(copid, "open", null).get("data").get(1).get("entity").get("alias").asText(),
                "a new alias shows at the board's next recompute");

        APIGatewayProxyRequestEvent disable = event("disable-player", copid);
        disable.setPathParameters(Map.of("player_id", "ripley"));
        answered(200, new DisablePlayerHandler().handleRequest(disable, null));
        recomputed(copid);
        assertEquals(List.of("1 po 3", "1 tai 3"), rows(board(copid, "open", null)));
    }

    /**
     * A team board equals the oracle, the sum or the average (half-up, two decimals) of its members' values, after
     * joins, leaves, rule evaluations and reverts.
     */
    @Test
    void aTeamBoardEqualsTheOracleAfterJoinsLeavesEvaluationsAndReverts() {
        String copid = game();
        player(copid, "zed");
        APIGatewayProxyRequestEvent definition = event("put-team-definition", copid);
        answered(201, new PutTeamDefinitionHandler().handleRequest(definition, null));
        for (String team : List.of("navi", "orca")) {
            APIGatewayProxyRequestEvent create = event("create-team", copid);
            create.setBody("{\"id\":\"" + team + "\",\"name\":\"" + team.toUpperCase() + "\",\"definition\":\"international\"}");
            answered(201, new CreateTeamHandler().handleRequest(create, null));
        }
        answered(201, define(copid, "sum", "{\"name\":\"Sum\",\"entity\":\"teams\",\"metric\":\"km\"}"));
        answered(201, define(copid, "avg", "{\"name\":\"Average\",\"entity\":\"teams\",\"metric\":\"km\",\"aggregation\":\"average\"}"));
        APIGatewayProxyRequestEvent rule = event("put-rule", copid);
        rule.setPathParameters(Map.of("rule_id", "drive"));
        rule.setBody("{\"name\":\"drive\",\"variables\":[{\"name\":\"km\",\"type\":\"int\",\"default\":0,\"required\":true}],"
                + "\"effects\":[{\"metric\":\"km\",\"verb\":\"add\",\"value\":{\"variable\":\"km\"}}]}");
        answered(201, new PutRuleHandler().handleRequest(rule, null));

        Map<String, List<String>> members = new TreeMap<>(Map.of("navi", new ArrayList<>(), "orca", new ArrayList<>()));
        Map<String, Long> values = new HashMap<>();
        join(copid, "navi", "po", members);
        join(copid, "navi", "ripley", members);
        join(copid, "navi", "tai", members);
        join(copid, "orca", "zed", members);
        drive(copid, "po", 1, values);
        drive(copid, "ripley", 2, values);
        String taisDrive = drive(copid, "tai", 2, values);
        drive(copid, "zed", 4, values);
        assertOracle(copid, members, values);

        answered(200, revert(copid, "tai", taisDrive));
        values.merge("tai", -2L, Long::sum);
        leave(copid, "navi", "ripley", members);
        join(copid, "orca", "ripley", members);
        drive(copid, "zed", 3, values);
        assertOracle(copid, members, values);
    }

    private static void join(String copid, String team, String player, Map<String, List<String>> members) {
        APIGatewayProxyRequestEvent join = event("join-team", copid);
        join.setPathParameters(Map.of("team_id", team));
        join.setBody("{\"player_id\":\"" + player + "\",\"requested_roles\":{\"member\":true}}");
        answered(200, new JoinTeamHandler().handleRequest(join, null));
        members.get(team).add(player);
    }

    private static void leave(String copid, String team, String player, Map<String, List<String>> members) {
        APIGatewayProxyRequestEvent leave = event("leave-team", copid);
        leave.setPathParameters(Map.of("team_id", team));
        leave.setBody("{\"player_id\":\"" + player + "\"}");
        answered(200, new LeaveTeamHandler().handleRequest(leave, null));
        members.get(team).remove(player);
    }

    /** Evaluates the rule for the player; answers its event's id. */
    private static String drive(String copid, String player, long km, Map<String, Long> values) {
        JsonNode answer = answered(200, evaluate(copid, "drive", "{\"data\":[{\"player_ids\":[\"" + player + "\"],"
                + "\"variables\":{\"km\":" + km + "}}]}", null));
        values.merge(player, km, Long::sum);
        return answer.get(0).get(0).get("events").get("local").get(0).get("id").asText();
    }

    private void assertOracle(String copid, Map<String, List<String>> members, Map<String, Long> values) {
        recomputed(copid);
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, BigDecimal> averages = new LinkedHashMap<>();
        members.forEach((team, players) -> {
            long sum = players.stream().mapToLong(player -> values.getOrDefault(player, 0L)).sum();
            sums.put(team, BigDecimal.valueOf(sum));
            averages.put(team, BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(players.size()), 2, RoundingMode.HALF_UP));
        });
        assertEquals(expected(sums), rows(board(copid, "sum", null)));
        assertEquals(expected(averages), rows(board(copid, "avg", null)));
        assertEquals("NAVI", board(copid, "sum", null).get("data").findValues("name").stream()
                .filter(name -> name.asText().equals("NAVI")).findFirst().orElseThrow().asText());
    }

    /** The oracle's board: by score descending, ties by id sharing a rank. */
    private static List<String> expected(Map<String, BigDecimal> scores) {
        List<Map.Entry<String, BigDecimal>> sorted = new ArrayList<>(scores.entrySet());
        sorted.sort(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            int rank = i > 0 && sorted.get(i).getValue().compareTo(sorted.get(i - 1).getValue()) == 0
                    ? Integer.parseInt(rows.get(i - 1).split(" ")[0]) : i + 1;
            rows.add(rank + " " + sorted.get(i).getKey() + " "
                    + CustomBoardRecompute.shown(sorted.get(i).getValue().movePointRight(2).longValueExact()).toPlainString());
        }
        return rows;
    }
}
