package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Playoff's custom leaderboards over HTTP, through the whole background path of template.yaml: each change's notice on
 * the delayed queue, its consumer, and the board it publishes. Nothing here runs the recompute by hand.
 */
@ExtendWith(SharedPodium.class)
class CustomLeaderboardsIT {
    /** The queue's delay and a bucket, with room for a loaded machine. */
    private static final Duration FRESH_WITHIN = Duration.ofSeconds(60);

    @Test
    void boardsFollowRegistrationsEvaluationsAndMembershipInTheBackground(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        assertEquals(201, acme.http().send("PUT", "/v2/admin/definitions/metrics/km", acme.token(),
                "{\"name\":\"Kilometres\",\"type\":\"point\"}").status());
        for (String player : List.of("po", "ripley")) {
            assertEquals(201, acme.http().post("/v2/admin/players", acme.token(),
                    "{\"id\":\"" + player + "\",\"alias\":\"" + player.toUpperCase() + "\"}").status());
        }
        assertEquals(201, acme.http().send("PUT", "/v2/admin/definitions/rules/drive", acme.token(),
                "{\"name\":\"drive\",\"effects\":[{\"metric\":\"km\",\"verb\":\"add\",\"value\":5}]}").status());
        assertEquals(201, acme.http().send("PUT", "/v2/admin/definitions/leaderboards/course", acme.token(),
                "{\"name\":\"Course\",\"entity\":\"players\",\"metric\":\"km\",\"custom\":true}").status());
        assertEquals(201, acme.http().send("PUT", "/v2/admin/definitions/leaderboards/crews", acme.token(),
                "{\"name\":\"Crews\",\"entity\":\"teams\",\"metric\":\"km\",\"aggregation\":\"average\"}").status());

        Response registered = acme.http().post("/v2/admin/leaderboards/course/register", acme.token(),
                "{\"entity_ids\":[\"ripley\",\"po\"],\"scopes\":[\"course_1\"]}");
        assertEquals("{\"ok\":1}", registered.json().toString(), registered.toString());
        JsonNode atZero = await(acme, "/v2/admin/leaderboards/course?scope=course_1", board -> board.get("total").asInt() == 2);
        assertEquals(List.of("1 po 0 PO", "1 ripley 0 RIPLEY"), rows(atZero, "alias"));

        assertEquals(200, acme.http().post("/v2/admin/rules/drive", acme.token(),
                "{\"data\":[{\"player_ids\":[\"ripley\"]}]}").status());
        JsonNode driven = await(acme, "/v2/admin/leaderboards/course?scope=course_1",
                board -> board.get("data").get(0).get("entity").get("id").asText().equals("ripley"));
        assertEquals(List.of("1 ripley 5 RIPLEY", "2 po 0 PO"), rows(driven, "alias"));
        assertTrue(Instant.parse(driven.get("computedAt").asText()).isAfter(Instant.parse(atZero.get("computedAt").asText())));

        assertEquals(201, acme.http().send("PUT", "/v2/admin/definitions/teams/crew", acme.token(),
                "{\"name\":\"Crew\",\"roles\":[\"member\"],\"creator_roles\":[\"member\"]}").status());
        assertEquals(201, acme.http().post("/v2/admin/teams", acme.token(),
                "{\"id\":\"navi\",\"name\":\"Navi\",\"definition\":\"crew\"}").status());
        for (String player : List.of("po", "ripley")) {
            assertEquals(200, acme.http().post("/v2/admin/teams/navi/join", acme.token(),
                    "{\"player_id\":\"" + player + "\",\"requested_roles\":{\"member\":true}}").status());
        }
        JsonNode crews = await(acme, "/v2/admin/leaderboards/crews", board -> board.get("total").asInt() == 1);
        assertEquals(List.of("1 navi 2.5 Navi"), rows(crews, "name"), "(5 + 0) / 2");

        Tenant globex = Tenant.create(podium);
        Response elsewhere = globex.http().get("/v2/admin/leaderboards/course?scope=course_1", globex.token());
        assertEquals(404, elsewhere.status(), elsewhere.toString());
        assertEquals("leaderboard_definition_not_found", elsewhere.errorCode());
    }

    /** The board once {@code ready} holds, read again until then. */
    private static JsonNode await(Tenant tenant, String path, Predicate<JsonNode> ready) {
        Instant deadline = Instant.now().plus(FRESH_WITHIN);
        JsonNode board = tenant.http().get(path, tenant.token()).json();
        while (!ready.test(board)) {
            assertTrue(Instant.now().isBefore(deadline), "the board did not follow within " + FRESH_WITHIN + ": " + board);
            LocalPodium.pause(Duration.ofMillis(500));
            board = tenant.http().get(path, tenant.token()).json();
        }
        return board;
    }

    private static List<String> rows(JsonNode board, String label) {
        List<String> rows = new ArrayList<>();
        board.get("data").forEach(row -> rows.add(row.get("rank").asInt() + " " + row.get("entity").get("id").asText() + " "
                + row.get("score").decimalValue().toPlainString() + " " + row.get("entity").get(label).asText()));
        return rows;
    }
}
