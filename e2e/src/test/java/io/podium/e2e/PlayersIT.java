package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.podium.e2e.Tenant.batch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Playoff's players over HTTP: a player created through the API is a driver whose scores show in its profile. */
@ExtendWith(SharedPodium.class)
class PlayersIT {
    @Test
    void aPlayersProfileShowsItsFinalizedTotalOnEveryMetric(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Response created = acme.http().post("/v2/admin/players", acme.token(), "{\"id\":\"rob\",\"alias\":\"RVD\"}");
        assertEquals(201, created.status(), created.toString());

        assertEquals(200, acme.submit(batch("eco", "2026-03-01", "rob", "7", "neo", "9")).status());
        assertEquals(200, acme.submit(batch("eco", "2026-03-02", "rob", "5")).status());
        assertEquals(200, acme.submit(batch("safety", "2026-03-01", "neo", "3")).status());
        assertEquals(200, acme.finalizeThrough("eco", "2026-03-02").status());
        assertEquals(200, acme.finalizeThrough("safety", "2026-03-01").status());

        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode profile = acme.http().get("/v2/admin/players/rob", acme.token()).json();
        while (!profile.get("scores").toString().contains("\"12\"") && Instant.now().isBefore(deadline)) {
            LocalPodium.pause(Duration.ofMillis(200));
            profile = acme.http().get("/v2/admin/players/rob", acme.token()).json();
        }
        assertEquals("[{\"metric\":{\"id\":\"eco\",\"name\":\"eco\",\"type\":\"point\"},\"value\":\"12\"},"
                + "{\"metric\":{\"id\":\"safety\",\"name\":\"safety\",\"type\":\"point\"},\"value\":\"0\"}]",
                profile.get("scores").toString());
        assertEquals("RVD", profile.get("alias").asText());

        // neo is known from scores only: a player too, by its id.
        assertEquals("{\"data\":[{\"id\":\"neo\",\"alias\":\"neo\",\"enabled\":true},"
                        + "{\"id\":\"rob\",\"alias\":\"RVD\",\"enabled\":true}],\"total\":2}",
                acme.http().get("/v2/admin/players", acme.token()).json().toString());
        assertEquals("neo", acme.http().get("/v2/admin/players/neo", acme.token()).json().get("alias").asText());
    }

    /** Playoff's autocomplete over HTTP, with an access token in the query as its SDKs send it, and a JSON body on GET. */
    @Test
    void aSearchFindsPlayersByAnyWordWithoutAccentsAndNotOnceDisabled(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        for (String player : new String[]{"{\"id\":\"zoe\",\"alias\":\"Zoë Ångström\"}", "{\"id\":\"ann\",\"alias\":\"Ann Lee\"}"}) {
            assertEquals(201, acme.http().post("/v2/admin/players", acme.token(), player).status());
        }
        Response found = acme.http().request("GET", "/v2/admin/query/players?pattern=%C3%85N&limit=5",
                Map.of(Http.TOKEN_HEADER, acme.token(), "Content-Type", "application/json"), "{}");
        assertEquals(200, found.status(), found.toString());
        assertEquals("[{\"alias\":\"Zoë Ångström\",\"id\":\"zoe\"},{\"alias\":\"Ann Lee\",\"id\":\"ann\"}]",
                found.json().toString(), "zoe by \"angstrom\", then ann by its id and first word (once), in term order");
        assertEquals(200, acme.http().send("PUT", "/v2/admin/players/zoe/disable", acme.token(), null).status());
        assertEquals("[{\"alias\":\"Ann Lee\",\"id\":\"ann\"}]",
                acme.http().get("/v2/admin/query/players?pattern=an", acme.token()).json().toString());
    }

    @Test
    void anotherCompanysPlayersCannotBeNamed(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Tenant globex = Tenant.create(podium);
        assertEquals(201, acme.http().post("/v2/admin/players", acme.token(), "{\"id\":\"rob\"}").status());

        Response elsewhere = globex.http().get("/v2/admin/players/rob", globex.token());
        assertEquals(404, elsewhere.status(), elsewhere.toString());
        assertEquals("player_not_found", elsewhere.errorCode());
        assertEquals(0, globex.http().get("/v2/admin/players", globex.token()).json().get("total").asInt());
        assertEquals(201, globex.http().post("/v2/admin/players", globex.token(), "{\"id\":\"rob\"}").status(),
                "an id is per game");
        assertFalse(acme.http().get("/v2/admin/players/rob", acme.token()).json().get("alias").isNull());
        assertEquals("[{\"alias\":\"rob\",\"id\":\"rob\"}]",
                globex.http().get("/v2/admin/query/players?pattern=ro", globex.token()).json().toString(),
                "a search finds its own game's rob only");
    }

    /** A disabled player leaves every shown board (a campaign's, a rank's, their standings) and comes back enabled. */
    @Test
    void aDisabledPlayerLeavesTheBoardsAndRanksUntilEnabled(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        assertEquals(200, acme.submit(batch("eco", "2026-03-01", "rob", "7", "neo", "9", "ann", "5")).status());
        assertEquals(201, acme.http().post(acme.path("/campaigns"), acme.token(), "{\"id\":\"march\",\"name\":\"March\","
                + "\"metric\":\"eco\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-31\",\"aggregation\":\"total\"}").status());
        Response rank = acme.http().post(acme.path("/ranks"), acme.token(),
                "{\"name\":\"Eco\",\"icon\":\"leaf\",\"rule\":\"total\",\"settings\":{\"metric\":\"eco\"}}");
        assertEquals(201, rank.status(), rank.toString());
        String rankScores = acme.path("/ranks/" + rank.json().get("id").asText() + "/scores");
        assertEquals(200, acme.finalizeThrough("eco", "2026-03-01").status());
        await(acme, "/campaigns/march/leaderboard", "neo:1,rob:2,ann:3");

        assertEquals(200, acme.http().send("PUT", "/v2/admin/players/neo/disable", acme.token(), null).status());
        await(acme, "/campaigns/march/leaderboard", "rob:1,ann:2");
        await(acme, rankScores, "rob:1,ann:2");
        assertEquals("[]", acme.http().get(acme.path("/drivers/neo/standings"), acme.token()).json().get("standings").toString());
        assertEquals("9", acme.http().get("/v2/admin/players/neo", acme.token()).json().get("scores").get(0).get("value").asText(),
                "a disabled player's own totals stay");

        assertEquals(200, acme.http().send("PUT", "/v2/admin/players/neo/enable", acme.token(), null).status());
        await(acme, "/campaigns/march/leaderboard", "neo:1,rob:2,ann:3");
        await(acme, rankScores, "neo:1,rob:2,ann:3");
    }

    /** Polls a board (a campaign's entries or a rank's scores) until it reads {@code expected}: "driver:rank,…". */
    private static void await(Tenant tenant, String path, String expected) {
        Instant deadline = Instant.now().plusSeconds(30);
        String board;
        do {
            JsonNode body = tenant.http().get(path.startsWith("/v3/") ? path : tenant.path(path), tenant.token()).json();
            JsonNode entries = body.has("entries") ? body.get("entries") : body.get("scores");
            StringBuilder read = new StringBuilder();
            if (entries != null) {
                entries.forEach(entry -> read.append(read.isEmpty() ? "" : ",")
                        .append(entry.has("userxtid") ? entry.get("userxtid").asText() : entry.get("user").get("id").asText())
                        .append(':').append(entry.get("rank").asInt()));
            }
            board = read.toString();
            if (board.equals(expected)) {
                return;
            }
            LocalPodium.pause(Duration.ofMillis(200));
        } while (Instant.now().isBefore(deadline));
        assertEquals(expected, board, path);
    }

    /**
     * Erasure over HTTP: a player with scores on finalized and open days, a badge and its event, a campaign won, a
     * high-five given and one received, a team and a driver token; after the DELETE, no read route says anything of
     * them, and their token authorizes nothing.
     */
    @Test
    void anErasedPlayerLeavesNothingOnAnyReadRoute(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Tenant robsApp = Tenant.withToken(podium, acme.copid(), "driver:rob");
        assertEquals(201, acme.http().post("/v2/admin/players", acme.token(), "{\"id\":\"rob\",\"alias\":\"Rob Roy\"}").status());
        assertEquals(201, acme.http().send("PUT", "/v2/admin/definitions/teams/crew", acme.token(),
                "{\"name\":\"Crew\",\"roles\":[\"member\"],\"creator_roles\":[\"member\"]}").status());
        assertEquals(201, acme.http().post("/v2/admin/teams", acme.token(), "{\"id\":\"night\",\"name\":\"Night\",\"definition\":\"crew\"}").status());
        assertEquals(200, acme.http().post("/v2/admin/teams/night/join", acme.token(),
                "{\"player_id\":\"rob\",\"requested_roles\":{\"member\":true}}").status());
        assertEquals(200, acme.submit(batch("eco", "2026-03-01", "rob", "9", "ann", "5")).status());
        assertEquals(200, acme.submit(batch("eco", "2026-03-02", "rob", "9", "ann", "4")).status());
        assertEquals(200, acme.submit(batch("eco", "2026-03-03", "rob", "1")).status());
        assertEquals(201, acme.http().post(acme.path("/campaigns"), acme.token(), "{\"id\":\"early\",\"name\":\"Early\","
                + "\"metric\":\"eco\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-02\",\"aggregation\":\"total\"}").status());
        assertEquals(201, acme.http().post(acme.path("/badges"), acme.token(), "{\"name\":\"eight\",\"special\":false,\"points\":1,"
                + "\"rule\":{\"type\":\"total_at_least\",\"metric\":\"eco\",\"threshold\":8}}").status());
        Response rank = acme.http().post(acme.path("/ranks"), acme.token(),
                "{\"name\":\"Eco\",\"icon\":\"leaf\",\"rule\":\"total\",\"settings\":{\"metric\":\"eco\"}}");
        assertEquals(201, rank.status(), rank.toString());
        String rankScores = acme.path("/ranks/" + rank.json().get("id").asText() + "/scores");
        assertEquals(200, acme.finalizeThrough("eco", "2026-03-02").status());
        await(acme, "/campaigns/early/leaderboard", "rob:1,ann:2");
        await(acme, rankScores, "rob:1,ann:2");
        JsonNode stream = awaitStream(acme, body -> body.toString().contains("campaign_completed")
                && body.toString().contains("badge_achieved"));
        List<String> highFiveUsers = new ArrayList<>();
        for (JsonNode event : stream.get("data")) {
            String viewer = event.path("user").path("id").asText().equals("rob") ? "ann" : "rob";
            highFiveUsers.add(acme.path("/stream/" + event.get("id").asLong() + "/high-five/users"));
            assertEquals(204, acme.http().send("PUT", acme.path("/stream/" + event.get("id").asLong() + "/high-five"),
                    acme.token(), "{\"userxtid\":\"" + viewer + "\"}").status());
        }
        assertTrue(acme.http().get(acme.path("/stream?per_page=100"), acme.token()).json().toString().contains("rob"));

        Response erased = acme.http().send("DELETE", "/v2/admin/players/rob", acme.token(), null);
        assertEquals(200, erased.status(), erased.toString());
        assertEquals("{\"message\":\"Player removed successfully\"}", erased.json().toString());
        assertEquals("player_not_found", acme.http().send("DELETE", "/v2/admin/players/rob", acme.token(), null).errorCode());

        await(acme, "/campaigns/early/leaderboard", "ann:1");
        await(acme, rankScores, "ann:1");
        List<String> routes = new ArrayList<>();
        for (String route : new String[]{"/v2/admin/players", "/v2/admin/query/players?pattern=ro", "/v2/admin/teams/night",
                "/v2/admin/teams/night/members", "/v2/admin/players/ann", acme.path("/scores?metric=eco&date=2026-03-01"),
                acme.path("/scores?metric=eco&date=2026-03-02"), acme.path("/scores?metric=eco&date=2026-03-03"),
                acme.path("/stream?per_page=100"), acme.path("/stream?per_page=100&userxtid=rob"),
                acme.path("/drivers/rob/badges"), acme.path("/campaigns/early/leaderboard"),
                "/v3/igr/admin/tokens?copid=" + acme.copid(), rankScores, "/v2/admin", acme.path("/metrics"),
                "/v2/admin/query/teams?pattern=n"}) {
            routes.add(route);
        }
        // The high-fives rob gave: the events of his are gone (404), the others' list no rob among their givers.
        for (String users : highFiveUsers) {
            Response read = acme.http().get(users, acme.token());
            if (read.status() != 404) {
                routes.add(users);
            }
        }
        for (String route : routes) {
            Response read = acme.http().get(route, route.startsWith("/v3/igr/admin") ? podium.adminToken() : acme.token());
            assertEquals(200, read.status(), route + " " + read);
            assertFalse(read.text().contains("rob") || read.text().contains("Rob Roy"), route + " still names rob: " + read.text());
        }
        assertEquals("player_not_found", acme.http().get("/v2/admin/players/rob", acme.token()).errorCode());
        assertEquals("level_0", acme.http().get(acme.path("/drivers/rob/level"), acme.token()).json().get("name").asText());
        assertEquals("[]", acme.http().get(acme.path("/drivers/rob/standings"), acme.token()).json().get("standings").toString(),
                "the route names the driver it was asked about, and has nothing of them");
        assertEquals(401, robsApp.http().get(robsApp.path("/drivers/rob/standings"), robsApp.token()).status(),
                "rob's driver token is gone with rob");
    }

    private static JsonNode awaitStream(Tenant tenant, Predicate<JsonNode> ready) {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode body = tenant.http().get(tenant.path("/stream?per_page=100"), tenant.token()).json();
        while (!ready.test(body) && Instant.now().isBefore(deadline)) {
            LocalPodium.pause(Duration.ofMillis(200));
            body = tenant.http().get(tenant.path("/stream?per_page=100"), tenant.token()).json();
        }
        assertTrue(ready.test(body), body.toString());
        return body;
    }
}
