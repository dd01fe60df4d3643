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
import io.podium.adapters.dynamodb.Tables;
import io.podium.customboards.CustomBoardRecompute;
import io.podium.players.NewPlayer;
import io.podium.players.Profile;
import io.podium.rules.Evaluation;
import io.podium.rules.ValueStore;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

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
        for (String period : List.of("{\"start\":\"2026-01-01\",\"end\":\"2026-01-31\"}", "\"monthly\"", "7",
                "{\"startDate\":\"2026-01-31\",\"endDate\":\"2026-01-01\"}",
                "{\"startDate\":\"2026-01-01\",\"endDate\":\"2026-04-03\"}",
                "{\"startDate\":\"2026-02-30\",\"endDate\":\"2026-03-01\"}")) {
            refused(define(copid, "b", "{\"name\":\"B\",\"entity\":\"players\",\"metric\":\"km\",\"period\":" + period
                    + "}"), 400, "validation_exception");
        }
        refused(define(copid, "_b", "{\"name\":\"B\",\"entity\":\"players\",\"metric\":\"km\"}"), 400, "validation_exception");
        assertEquals(1, answered(200, new ListLeaderboardDefinitionsHandler().handleRequest(
                event("list-leaderboard-definitions", copid), null)).get("total").asInt(), "nothing written");
    }

    /** The drive rule of {@link #driveRule}, evaluated for the player at {@code at}; answers its event's id. */
    private static String driveOn(String copid, String player, long km, Instant at) {
        return Long.toString(Stores.healthy().wiring(Clock.fixed(at, ZoneOffset.UTC)).rules().evaluate(copid, "drive",
                Evaluation.parse(("{\"data\":[{\"player_ids\":[\"" + player + "\"],\"variables\":{\"km\":" + km + "}}]}")
                        .getBytes(StandardCharsets.UTF_8)), UUID.randomUUID().toString())
                .outcomes().get(0).get(0).events().own().id());
    }

    private static void revertOn(String copid, String player, String eventId, Instant at) {
        Stores.healthy().wiring(Clock.fixed(at, ZoneOffset.UTC)).reverts().revert(copid, player, List.of(eventId));
    }

    private static CustomBoardRecompute recomputeOn(Instant at) {
        return Stores.healthy().wiring(Clock.fixed(at, ZoneOffset.UTC)).customBoardRecompute();
    }

    /**
     * A board over July ranks what was earned in July: not before, not after, and a revert counts on the day it is
     * made, so one made in July takes back what it undoes and one made after July leaves the board as July closed it.
     */
    @Test
    void aBoardOverAPeriodRanksWhatWasEarnedInIt() {
        String copid = newCompany();
        answered(201, defineMetric(copid, "km", "{\"name\":\"Kilometres\",\"type\":\"point\"}"));
        for (String id : List.of("po", "ripley", "tai")) {
            Stores.healthy().wiring(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC)).players()
                    .create(copid, new NewPlayer(id, id.toUpperCase(), Profile.EMPTY));
        }
        driveRule(copid);
        answered(201, define(copid, "july", "{\"name\":\"July\",\"entity\":\"players\",\"metric\":\"km\","
                + "\"period\":{\"startDate\":\"2026-07-01\",\"endDate\":\"2026-07-31\"}}"));
        answered(201, define(copid, "ever", "{\"name\":\"Ever\",\"entity\":\"players\",\"metric\":\"km\","
                + "\"period\":\"alltime\"}"));
        JsonNode listed = answered(200, new ListLeaderboardDefinitionsHandler().handleRequest(
                event("list-leaderboard-definitions", copid), null));
        assertEquals("{\"startDate\":\"2026-07-01\",\"endDate\":\"2026-07-31\"}",
                listed.get("data").get(1).get("period").toString(), listed.toString());
        assertTrue(listed.get("data").get(0).path("period").isMissingNode(), "all time names no period");

        Instant july1 = Instant.parse("2026-07-01T00:00:00Z");
        driveOn(copid, "po", 5, july1.minusSeconds(1));
        String ripleys = driveOn(copid, "ripley", 3, july1);
        String pos = driveOn(copid, "po", 2, july1.plus(Duration.ofDays(1)));
        driveOn(copid, "tai", 9, Instant.parse("2026-08-01T00:00:00Z"));
        revertOn(copid, "ripley", ripleys, Instant.parse("2026-07-15T12:00:00Z"));
        CustomBoardRecompute inAugust = recomputeOn(Instant.parse("2026-08-02T12:00:00Z"));
        inAugust.recompute(copid, Instant.now());
        assertEquals(List.of("1 po 2", "2 ripley 0"), rows(board(copid, "july", null)),
                "june's 5 and august's 9 are not july's, and the revert of july 15 took back ripley's 3");
        assertEquals(List.of("1 tai 9", "2 po 7", "3 ripley 0"), rows(board(copid, "ever", null)));

        driveOn(copid, "ripley", 2, Instant.parse("2026-07-20T08:00:00Z"));
        revertOn(copid, "po", pos, Instant.parse("2026-08-02T08:00:00Z"));
        inAugust.recompute(copid, Instant.now());
        assertEquals(List.of("1 po 2", "1 ripley 2"), rows(board(copid, "july", null)),
                "a revert made in august leaves july as it closed");
        assertEquals(List.of("1 tai 9", "2 po 5", "3 ripley 2"), rows(board(copid, "ever", null)));

        recomputeOn(july1.plusSeconds(3600)).recompute(copid, Instant.now());
        assertEquals(List.of("1 ripley 3"), rows(board(copid, "july", null)), "a run reads the window up to its day");

        Stores.healthy().wiring(Clock.systemUTC()).erasure().erase(copid, "ripley");
        assertTrue(Stores.healthy().dynamo.getItem(get -> get.tableName(Tables.game()).key(Map.of(
                "pk", AttributeValue.fromS(copid + "#pointday#2026-07-01"), "sk", AttributeValue.fromS("ripley"))))
                .item().isEmpty(), "an erasure leaves nothing of what ripley earned day by day");
        inAugust.recompute(copid, Instant.now());
        assertEquals(List.of("1 po 2"), rows(board(copid, "july", null)));
    }

    /** Over a period, a board of a metric of daily scores sums each driver's scores of its days, finalized ones only. */
    @Test
    void aBoardOverAPeriodOfDailyScoresSumsItsFinalizedDays() {
        String copid = game();
        Stores stores = Stores.healthy();
        LocalDate july1 = LocalDate.of(2026, 7, 1);
        stores.day(copid, "laps", july1.minusDays(1), "po", 50);
        stores.day(copid, "laps", july1, "po", 4, "ripley", 6);
        stores.day(copid, "laps", july1.plusDays(1), "po", 5);
        stores.day(copid, "laps", july1.plusDays(2), "ripley", 70);
        answered(201, define(copid, "july_laps", "{\"name\":\"July laps\",\"entity\":\"players\","
                + "\"metric\":\"laps\",\"period\":{\"startDate\":\"2026-07-01\",\"endDate\":\"2026-07-31\"}}"));
        recomputed(copid);
        assertEquals(List.of(), rows(board(copid, "july_laps", null)), "nothing finalized yet");
        stores.metrics.finalizeThrough(copid, "laps", july1.plusDays(1), Instant.now());
        recomputed(copid);
        assertEquals(List.of("1 po 9", "2 ripley 6"), rows(board(copid, "july_laps", null)),
                "june's 50 is before it, and ripley's 70 of july 3 is not finalized");
    }

    /**
     * A revert of the most events one call takes is one transaction of 100 items: the values, a mark per event, the
     * revert event (no key item) and what the day earned.
     */
    @Test
    void aRevertOfTheMostEventsFitsOneTransactionWithItsDay() {
        String copid = game();
        driveRule(copid);
        Map<String, Long> values = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ValueStore.MAX_REVERTED; i++) {
            ids.add(drive(copid, "po", 1, values));
        }
        JsonNode reverted = answered(200, revert(copid, "po", ids.toArray(String[]::new)));
        assertEquals(ValueStore.MAX_REVERTED, reverted.findValuesAsText("status").stream().filter("reverted"::equals).count());
        LocalDate today = LocalDate.now(ZoneOffset.UTC); // the window holds the day before too: the test may span midnight
        answered(201, define(copid, "today", "{\"name\":\"Today\",\"entity\":\"players\",\"metric\":\"km\","
                + "\"period\":{\"startDate\":\"" + today.minusDays(1) + "\",\"endDate\":\"" + today.plusDays(1) + "\"}}"));
        recomputed(copid);
        assertEquals(List.of("1 po 0"), rows(board(copid, "today", null)), "97 earned and 97 taken back");
    }

    private static APIGatewayProxyResponseEvent around(String copid, String id, Map<String, String> query) {
        APIGatewayProxyRequestEvent event = event("get-custom-leaderboard", copid);
        event.setPathParameters(Map.of("leaderboard_definition_id", id));
        event.setQueryStringParameters(query);
        return new GetCustomLeaderboardHandler().handleRequest(event, null);
    }

    /** Around-me: the page of {@code limit} entries with the entity's in the middle, shifted to stay on the board. */
    @Test
    void aroundNamesThePageWithTheEntityInTheMiddle() {
        String copid = game();
        for (String id : List.of("ann", "bob", "cy")) {
            player(copid, id);
        }
        Map<String, Long> km = Map.of("ann", 60L, "bob", 50L, "cy", 40L, "po", 30L, "ripley", 20L, "tai", 10L);
        km.forEach((player, value) -> patch(copid, player, value));
        answered(201, define(copid, "open", "{\"name\":\"Open\",\"entity\":\"players\",\"metric\":\"km\"}"));
        answered(201, define(copid, "course", "{\"name\":\"Course\",\"entity\":\"players\",\"metric\":\"km\","
                + "\"custom\":true}"));
        answered(200, register(copid, "course", "{\"entity_ids\":[\"po\",\"tai\",\"cy\"],\"scopes\":[\"s1\"]}", true));
        recomputed(copid);

        assertEquals(List.of("4 po 30", "5 ripley 20", "6 tai 10"),
                rows(answered(200, around(copid, "open", Map.of("around", "ripley", "limit", "3")))), "the last: shifted up");
        assertEquals(List.of("1 ann 60", "2 bob 50", "3 cy 40"),
                rows(answered(200, around(copid, "open", Map.of("around", "bob", "limit", "3")))));
        JsonNode twoOfCy = answered(200, around(copid, "open", Map.of("around", "cy", "limit", "2")));
        assertEquals(List.of("3 cy 40", "4 po 30"), rows(twoOfCy));
        assertEquals(6, twoOfCy.get("total").asInt());
        assertEquals(List.of("1 cy 40", "2 po 30", "3 tai 10"),
                rows(answered(200, around(copid, "course", Map.of("around", "tai", "scope", "s1")))), "by scope");

        refused(around(copid, "course", Map.of("around", "ann", "scope", "s1")), 404, "entity_not_ranked");
        refused(around(copid, "open", Map.of("around", "ghost")), 404, "entity_not_ranked");
        refused(around(copid, "nope", Map.of("around", "ann")), 404, "leaderboard_definition_not_found");
        refused(around(copid, "course", Map.of("around", "ann")), 400, "invalid_request");
        refused(around(copid, "open", Map.of("around", "ann", "skip", "2")), 400, "validation_exception");
        refused(around(copid, "open", Map.of("around", "x".repeat(129))), 400, "validation_exception");
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
        driveRule(copid);

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

    /** The rule drive: adds its variable km to the player's km. */
    private static void driveRule(String copid) {
        APIGatewayProxyRequestEvent rule = event("put-rule", copid);
        rule.setPathParameters(Map.of("rule_id", "drive"));
        rule.setBody("{\"name\":\"drive\",\"variables\":[{\"name\":\"km\",\"type\":\"int\",\"default\":0,\"required\":true}],"
                + "\"effects\":[{\"metric\":\"km\",\"verb\":\"add\",\"value\":{\"variable\":\"km\"}}]}");
        answered(201, new PutRuleHandler().handleRequest(rule, null));
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
