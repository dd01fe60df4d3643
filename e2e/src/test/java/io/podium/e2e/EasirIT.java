package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An EASI'R app's session against the seed's own paths only ({@code /gamification/…}), as Jane, signed in with a driver
 * token sent as {@code Authorization: Bearer}: her badges and level, the ranks (created with the seed's own payload by a
 * company's hub token), their scores with her {@code current_rank}, the stream, a high-five with no body and who gave
 * it. Every answer is checked field by field against the seed's examples ({@link SeedShape}).
 *
 * <p>The company is set up through Podium's and Playoff's routes: Jane has the seed's profile, Bob none, u-9 is known
 * only from scores. Sales on 1 March: Jane 20, Bob 12, u-9 5; conversions ÷ leads: Jane 5/8 (62.5 %), Bob 3/6 (50 %).
 * A quarter point a sale makes Jane's 20 sales the seed's level example: level_8, 5 points, 64 %.
 */
@ExtendWith(SharedPodium.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EasirIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The template's StageName: the local API serves every path under it too, as the execute-api URL does. */
    private static final String STAGE = "/v1";
    private static final String SEED_TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";
    private static final String PATH_ID = "1eae431b-3d0f-4528-9c59-e9d1a40fcd04";
    private static final String MILESTONE_ID = "143cef92-f9b4-4fcb-b4e4-834f34915973";
    /** Podium's addition to the seed's user: the driver's id in the scores. */
    private static final Set<String> USER_ADDITIONS = Set.of("userxtid");
    /** What a driver without a profile has none of. */
    private static final Set<String> PROFILE = Set.of("last_name", "phone_number", "job_title", "email", "profile_picture");

    private LocalPodium podium;
    private Tenant acme;
    private String jane;
    private String janeTokenId;
    private String bob;
    private long sellersNumber;
    private String topSellers;
    private String sellersOnly;
    private String converters;

    @BeforeAll
    void aCompanyWithDriversAndFinalizedSales(LocalPodium podium) {
        this.podium = podium;
        acme = Tenant.create(podium);
        assertEquals(200, acme.http().send("PUT", acme.path("/settings"), acme.token(), "{\"points\":{\"total_sales\":0.25}}")
                .status());
        badge("clean_sheet", false, "total_sales", 10);
        badge("nice_and_tidy", false, "total_sales", 1000);
        badge("lead_commander", true, "leads", 1_000_000);

        JsonNode seedUser = SeedShape.example("easir/rank-scores").get("current_rank").get("user");
        ObjectNode janeProfile = ((ObjectNode) seedUser.deepCopy()).put("id", "jane").put("alias", "Jane");
        List.of("email_notifications", "created_at", "updated_at").forEach(janeProfile::remove);
        assertEquals(201, acme.http().post("/v2/admin/players", acme.token(), janeProfile.toString()).status());
        assertEquals(201, acme.http().post("/v2/admin/players", acme.token(), "{\"id\":\"bob\",\"alias\":\"Bob\"}").status());
        assertEquals(201, acme.http().send("PUT", "/v2/admin/definitions/teams/squad", acme.token(),
                "{\"name\":\"Squad\",\"roles\":[\"member\"],\"creator_roles\":[\"member\"]}").status());
        Response team = acme.http().post("/v2/admin/teams", acme.token(), "{\"id\":\"sellers\",\"name\":\"Sellers\",\"definition\":\"squad\"}");
        assertEquals(201, team.status(), team.toString());
        sellersNumber = acme.http().get("/v2/admin/teams/sellers", acme.token()).json().get("number").asLong();
        join("jane");

        assertEquals(200, acme.submit(Tenant.batch("total_sales", "2026-03-01", "jane", "20", "bob", "12", "u-9", "5")).status());
        assertEquals(200, acme.submit(Tenant.batch("conversions", "2026-03-01", "jane", "5", "bob", "3")).status());
        assertEquals(200, acme.submit(Tenant.batch("leads", "2026-03-01", "jane", "8", "bob", "6")).status());
        for (String metric : List.of("total_sales", "conversions", "leads")) {
            assertEquals(200, acme.finalizeThrough(metric, "2026-03-01").status());
        }
        Response janes = podium.http().post("/v3/igr/admin/tokens", podium.adminToken(),
                "{\"copid\":\"" + acme.copid() + "\",\"scopes\":[\"driver:jane\"],\"description\":\"Jane's EASI'R app\"}");
        assertEquals(201, janes.status(), janes.toString());
        jane = janes.json().get("token").asText();
        janeTokenId = janes.json().get("id").asText();
        bob = Tenant.withToken(podium, acme.copid(), "driver:bob").token();
    }

    private void badge(String name, boolean special, String metric, long threshold) {
        assertEquals(201, acme.http().post(acme.path("/badges"), acme.token(), "{\"name\":\"" + name + "\",\"special\":" + special
                + ",\"points\":0,\"rule\":{\"type\":\"total_at_least\",\"metric\":\"" + metric + "\",\"threshold\":" + threshold + "}}")
                .status());
    }

    private void join(String player) {
        Response joined = acme.http().post("/v2/admin/teams/sellers/join", acme.token(),
                "{\"player_id\":\"" + player + "\",\"requested_roles\":{\"member\":true}}");
        assertEquals(200, joined.status(), joined.toString());
    }

    /** A call of the EASI'R app: the token as a bearer token, a body only when there is one. */
    private Response call(String method, String path, String token, String body) {
        Map<String, String> headers = body == null ? Map.of("Authorization", "Bearer " + token)
                : Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
        return podium.http().request(method, path, headers, body);
    }

    private JsonNode ok(String path, String token) {
        Response response = call("GET", path, token, null);
        assertEquals(200, response.status(), path + ": " + response);
        return response.json();
    }

    private JsonNode await(Supplier<JsonNode> read, Predicate<JsonNode> done, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonNode last;
        do {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            LocalPodium.pause(Duration.ofMillis(100));
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError(what + " never happened: " + last);
    }

    private static void assertRefused(Response response, int status, String code) {
        assertEquals(status, response.status(), response.toString());
        assertEquals(code, response.errorCode(), response.toString());
    }

    @Test
    @Order(1)
    void janeSeesHerBadges() {
        JsonNode badges = await(() -> ok("/gamification/badges", jane),
                body -> body.get("badges").findValues("achieved").stream().anyMatch(JsonNode::asBoolean), "clean_sheet");
        SeedShape.assertMatches(SeedShape.example("easir/badges"), badges);
        JsonNode cleanSheet = badges.get("badges").get(0);
        assertEquals("clean_sheet", cleanSheet.get("name").asText());
        assertTrue(cleanSheet.get("achieved").asBoolean());
        assertTrue(cleanSheet.get("achieved_at").asText().matches(SEED_TIME), cleanSheet.toString());
        JsonNode tidy = badges.get("badges").get(1);
        assertEquals(List.of("nice_and_tidy", "false", "null"),
                List.of(tidy.get("name").asText(), tidy.get("achieved").asText(), tidy.get("achieved_at").toString()));
        assertEquals("lead_commander", badges.get("special_badges").get(0).get("name").asText());
    }

    @Test
    @Order(2)
    void janeSeesTheSeedsLevelExample() {
        JsonNode level = await(() -> ok("/gamification/level", jane), body -> body.get("points").asInt() == 5, "Jane's points");
        assertEquals(SeedShape.example("easir/level"), level);
    }

    @Test
    @Order(3)
    void aCompanyAdminCreatesRanksWithTheSeedsPayload() {
        Response created = call("POST", "/gamification/ranks", acme.token(), SeedShape.example("easir/create-rank-payload").toString());
        assertEquals(201, created.status(), created.toString());
        JsonNode rank = created.json();
        SeedShape.assertMatches(SeedShape.example("easir/create-rank"), rank, Set.of(), Set.of("team_id"));
        for (String field : List.of("name", "icon", "rule")) {
            SeedShape.assertSameField(SeedShape.example("easir/create-rank"), rank, field);
        }
        assertTrue(rank.get("team_id").isNull(), "a rank of the whole company: " + rank);
        assertTrue(rank.get("created_at").asText().matches(SEED_TIME));
        assertEquals(rank.get("created_at"), rank.get("updated_at"));
        topSellers = rank.get("id").asText();

        Response ofTeam = call("POST", "/gamification/ranks", acme.token(),
                "{\"name\":\"Sellers' best\",\"icon\":\"star\",\"rule\":\"total_sales\",\"team_id\":" + sellersNumber + "}");
        assertEquals(201, ofTeam.status(), ofTeam.toString());
        assertEquals(sellersNumber, ofTeam.json().get("team_id").asLong());
        sellersOnly = ofTeam.json().get("id").asText();

        Response rate = call("POST", "/gamification/ranks", acme.token(), "{\"name\":\"Converters\",\"icon\":\"duck\","
                + "\"rule\":\"conversion_rate\",\"settings\":{\"relations_path_id\":\"" + PATH_ID + "\",\"milestone_id\":\""
                + MILESTONE_ID + "\"}}");
        assertEquals(201, rate.status(), rate.toString());
        converters = rate.json().get("id").asText();
    }

    @Test
    @Order(4)
    void aRankIsRefusedWhatTheSeedRefuses() {
        Response noSettings = call("POST", "/gamification/ranks", acme.token(),
                "{\"name\":\"Converters\",\"icon\":\"duck\",\"rule\":\"conversion_rate\"}");
        assertRefused(noSettings, 400, "validation_failed");
        assertEquals("settings", noSettings.json().get("error").get("details").get(0).get("field").asText());
        assertRefused(call("POST", "/gamification/ranks", acme.token(), "{\"name\":\"n\",\"icon\":\"i\",\"rule\":\"total_sales\","
                + "\"team_id\":999999}"), 400, "validation_failed");
        assertRefused(call("POST", "/gamification/ranks", jane, SeedShape.example("easir/create-rank-payload").toString()),
                403, "insufficient_scope");
        assertEquals(3, ok("/gamification/ranks", acme.token()).get("pagination").get("total").asInt(), "nothing was written");
    }

    @Test
    @Order(5)
    void janeListsTheRanksPageByPage() {
        JsonNode ranks = ok("/gamification/ranks", jane);
        SeedShape.assertMatches(SeedShape.example("easir/ranks"), ranks, Set.of(), Set.of("team_id", "previous", "next"));
        assertEquals(List.of(topSellers, sellersOnly, converters), ranks.get("data").findValuesAsText("id"));
        assertEquals("{\"total\":3,\"page\":1,\"per_page\":15,\"urls\":{\"previous\":null,\"next\":null}}",
                ranks.get("pagination").toString());

        JsonNode first = ok("/gamification/ranks?per_page=2", jane);
        String next = first.get("pagination").get("urls").get("next").asText();
        assertEquals("/gamification/ranks?page=2&per_page=2", next, "the path called, here without the stage");
        JsonNode second = ok(next, jane);
        assertEquals(List.of(converters), second.get("data").findValuesAsText("id"));
        assertEquals("/gamification/ranks?page=1&per_page=2", second.get("pagination").get("urls").get("previous").asText());
    }

    @Test
    @Order(6)
    void aConversionRateKeepsTheCrmsIds() {
        JsonNode rank = ok("/gamification/ranks/" + converters, jane);
        SeedShape.assertMatches(SeedShape.example("easir/rank"), rank, Set.of("metric", "denominator_metric", "min_volume"),
                Set.of("team_id", "name", "is_sales_type", "created_at", "updated_at"));
        assertEquals("Converters", rank.get("name").asText());
        assertEquals(PATH_ID, rank.get("settings").get("relations_path").get("id").asText());
        assertEquals(MILESTONE_ID, rank.get("settings").get("milestone_id").asText());
        assertEquals("{\"milestones\":[],\"supportive\":[]}",
                rank.get("settings").get("relations_path").get("activity_types").toString(), "only EASI'R's CRM knows them");
    }

    @Test
    @Order(7)
    void janeSeesTheScoresAndHerOwnPlace() {
        JsonNode example = SeedShape.example("easir/rank-scores");
        JsonNode scores = await(() -> ok("/gamification/ranks/" + topSellers + "/scores", jane),
                body -> body.get("scores").size() == 3, "the Top sellers board");
        SeedShape.assertMatches(example, scores, USER_ADDITIONS, PROFILE);
        JsonNode first = scores.get("scores").get(0);
        assertEquals(List.of(1, 20), List.of(first.get("rank").asInt(), first.get("score").asInt()));
        JsonNode user = first.get("user");
        for (String field : List.of("first_name", "last_name", "phone_number", "job_title", "email", "email_notifications",
                "profile_picture")) {
            SeedShape.assertSameField(example.get("current_rank").get("user"), user, field);
        }
        assertEquals("jane", user.get("userxtid").asText());
        assertTrue(user.get("created_at").asText().matches(SEED_TIME));
        assertEquals(first, scores.get("current_rank"), "Jane's own entry");

        JsonNode bobUser = scores.get("scores").get(1).get("user");
        assertEquals(List.of("bob", "null"), List.of(bobUser.get("first_name").asText(), bobUser.get("last_name").toString()),
                "no profile: named by the userxtid");
        JsonNode u9 = scores.get("scores").get(2).get("user");
        assertEquals("u-9", u9.get("first_name").asText());
        assertTrue(u9.get("id").isIntegralNumber(), "a driver known only from scores is a player too: " + u9);
        assertEquals(3, Set.of(user.get("id").asLong(), bobUser.get("id").asLong(), u9.get("id").asLong()).size(),
                "one integer id each");

        assertEquals(2, ok("/gamification/ranks/" + topSellers + "/scores", bob).get("current_rank").get("rank").asInt());
        assertTrue(ok("/gamification/ranks/" + topSellers + "/scores", acme.token()).get("current_rank").isNull(),
                "a company token is nobody");
    }

    @Test
    @Order(8)
    void aConversionRateIsAPercentage() {
        JsonNode scores = await(() -> ok("/gamification/ranks/" + converters + "/scores", jane),
                body -> body.get("scores").size() == 2, "the Converters board");
        assertEquals(0, SeedShape.example("easir/rank-scores").get("current_rank").get("score").decimalValue()
                .compareTo(scores.get("current_rank").get("score").decimalValue()), "5 of 8 is the seed's 62.5: " + scores);
        assertEquals(0, scores.get("scores").get(1).get("score").decimalValue().compareTo(new java.math.BigDecimal("50")));
    }

    @Test
    @Order(9)
    void aRankOfOneTeamFollowsItsMembers() {
        JsonNode scores = await(() -> ok("/gamification/ranks/" + sellersOnly + "/scores", jane),
                body -> body.get("scores").size() == 1, "the Sellers' board");
        assertEquals("jane", scores.get("scores").get(0).get("user").get("userxtid").asText());
        join("bob");
        JsonNode both = await(() -> ok("/gamification/ranks/" + sellersOnly + "/scores", jane),
                body -> body.get("scores").size() == 2, "Bob on the Sellers' board once he joined");
        assertEquals(List.of("jane", "bob"), both.get("scores").findValuesAsText("userxtid"));
    }

    @Test
    @Order(10)
    void theStreamAHighFiveWithNoBodyAndWhoGaveIt() {
        JsonNode stream = await(() -> ok("/gamification/stream", jane),
                body -> body.get("data").findValuesAsText("event_type").contains("new_level"), "Jane's new level");
        JsonNode example = SeedShape.example("easir/stream");
        JsonNode level = null;
        for (JsonNode event : stream.get("data")) {
            if (event.get("event_type").asText().equals("new_level") && event.get("user").get("userxtid").asText().equals("jane")) {
                level = event;
            }
        }
        assertTrue(level != null, stream.toString());
        SeedShape.assertMatches(example.get("data").get(0), level, USER_ADDITIONS, PROFILE);
        SeedShape.assertMatches(example.get("pagination"), stream.get("pagination"), Set.of(), Set.of("previous", "next"));
        assertEquals("level_8", level.get("event_data").get("level").get("name").asText());
        assertFalse(level.get("high_fived").asBoolean());
        String event = level.get("id").asText();

        String highFive = "/gamification/stream/" + event + "/high-five";
        assertEquals(204, call("PUT", highFive, bob, null).status());
        assertEquals(204, call("PUT", highFive, bob, null).status(), "again: idempotent");
        assertTrue(eventAsSeenBy(bob, event).get("high_fived").asBoolean());
        assertFalse(eventAsSeenBy(jane, event).get("high_fived").asBoolean());
        assertFalse(eventAsSeenBy(acme.token(), event).get("high_fived").asBoolean(), "a company token gave none");

        JsonNode users = ok(highFive + "/users", jane);
        SeedShape.assertMatches(SeedShape.example("easir/high-five-users"), users, USER_ADDITIONS, PROFILE);
        assertEquals(List.of("bob"), users.get("data").findValuesAsText("userxtid"));
    }

    private JsonNode eventAsSeenBy(String token, String id) {
        for (JsonNode event : ok("/gamification/stream?per_page=100", token).get("data")) {
            if (event.get("id").asText().equals(id)) {
                return event;
            }
        }
        throw new AssertionError("no event " + id);
    }

    @Test
    @Order(11)
    void routesAboutMeNeedADriverAndEveryRouteAToken() {
        assertRefused(call("GET", "/gamification/badges", acme.token(), null), 403, "driver_token_required");
        assertRefused(call("GET", "/gamification/level", acme.token(), null), 403, "driver_token_required");
        assertRefused(call("PUT", "/gamification/stream/1/high-five", acme.token(), null), 403, "driver_token_required");
        for (String path : List.of("/gamification/badges", "/gamification/ranks", "/gamification/stream")) {
            assertRefused(podium.http().request("GET", path, Map.of(), null), 401, "unauthorized");
        }
    }

    /** The OAuth access token an app obtains with Jane's token is Jane. */
    @Test
    @Order(12)
    void anAccessTokenObtainedWithJanesTokenIsJane() {
        String basic = Base64.getEncoder().encodeToString((janeTokenId + ":" + jane).getBytes(StandardCharsets.UTF_8));
        Response granted = podium.http().request("POST", "/auth/token", Map.of("Authorization", "Basic " + basic,
                "Content-Type", "application/x-www-form-urlencoded"), "grant_type=client_credentials");
        assertEquals(200, granted.status(), granted.toString());
        String access = granted.json().get("access_token").asText();
        assertEquals(SeedShape.example("easir/level"), ok("/gamification/level", access));
    }

    @Test
    @Order(13)
    void aRankIsRenamedAndDeleted() {
        Response renamed = call("PUT", "/gamification/ranks/" + topSellers, acme.token(),
                SeedShape.example("easir/update-rank-payload").toString());
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals(SeedShape.example("easir/update-rank"), renamed.json());
        assertEquals("Best salesman", ok("/gamification/ranks/" + topSellers, jane).get("name").asText());
        assertEquals(204, call("DELETE", "/gamification/ranks/" + topSellers, acme.token(), null).status());
        assertRefused(call("GET", "/gamification/ranks/" + topSellers, jane, null), 404, "rank_not_found");
    }

    /**
     * The lists with {@code urls.next}, called under the stage as on the execute-api URL: every link keeps the stage,
     * works, and the pages together are the whole list, in order.
     */
    @Test
    @Order(14)
    void everyNextLinkUnderTheStageWorksAndThePagesMakeTheWholeList() {
        Map<String, String> lists = Map.of("/gamification/ranks", jane, "/gamification/stream", jane,
                acme.path("/ranks"), acme.token(), acme.path("/stream"), acme.token());
        lists.forEach((path, token) -> {
            List<String> whole = ids(ok(STAGE + path + "?per_page=100", token));
            assertTrue(whole.size() >= 2, path + " has pages to follow: " + whole);
            for (int perPage = 1; perPage < whole.size(); perPage++) {
                List<String> pages = new ArrayList<>();
                String next = STAGE + path + "?per_page=" + perPage;
                while (next != null) {
                    JsonNode page = ok(next, token);
                    pages.addAll(ids(page));
                    JsonNode link = page.get("pagination").get("urls").get("next");
                    next = link.isNull() ? null : link.asText();
                    assertTrue(next == null || next.startsWith(STAGE + path + "?"), "under the stage: " + next);
                }
                assertEquals(whole, pages, path + " in pages of " + perPage);
            }
        });
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("data").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
