package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Playoff's activity feeds over HTTP: a game where players are created, join a team, change roles and owner, leave,
 * are disabled and enabled, and where finalized scores bring levels, badges and a completed campaign. Every event of
 * every feed is checked field by field against the seed's game example ({@link SeedShape}; the seed's player example
 * is an {@code action}, which Podium does not log yet, and its other events have the same shape); a level is the
 * seed's example exactly. A window of more events than a page comes in pages linked by {@code Link: rel="next"}.
 */
@ExtendWith(SharedPodium.class)
class PlayoffActivityIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** What Podium adds to the seed's event, by type: what a badge, a campaign or a team event is about. */
    private static final Set<String> ADDITIONS = Set.of("badge", "campaign", "winners", "team", "roles");
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    private static Response get(Tenant tenant, String path) {
        return tenant.http().get(path, tenant.token());
    }

    private static JsonNode ok(Tenant tenant, String path) {
        Response response = get(tenant, path);
        assertEquals(200, response.status(), path + ": " + response);
        assertTrue(response.json().isArray(), "the seed's bare array: " + response);
        return response.json();
    }

    /**
     * The feed once it satisfies {@code ready}: the recompute that enrols drivers as players and appends their levels
     * and badges runs in the background (until it has, a driver's feed is 404).
     */
    private static JsonNode await(Tenant tenant, String path, Predicate<JsonNode> ready) {
        Instant deadline = Instant.now().plus(PATIENCE);
        Response response = get(tenant, path);
        while (!(response.status() == 200 && ready.test(response.json())) && Instant.now().isBefore(deadline)) {
            LocalPodium.pause(Duration.ofMillis(200));
            response = get(tenant, path);
        }
        assertTrue(response.status() == 200 && ready.test(response.json()), "not ready in " + PATIENCE + ": " + path
                + " → " + response);
        return response.json();
    }

    /** Each event as {@code type actor}, newest first. */
    private static List<String> events(JsonNode feed) {
        List<String> events = new ArrayList<>();
        feed.forEach(event -> events.add(event.get("event").asText()
                + (event.get("actor").isNull() ? "" : " " + event.get("actor").get("id").asText())));
        return events;
    }

    private static long count(JsonNode feed, String event) {
        return events(feed).stream().filter(event::equals).count();
    }

    private static void post(Tenant tenant, String path, String body) {
        Response response = tenant.http().post(path, tenant.token(), body);
        assertTrue(response.status() == 200 || response.status() == 201, path + ": " + response);
    }

    private static void put(Tenant tenant, String path, String body) {
        Response response = tenant.http().send("PUT", path, tenant.token(), body);
        assertTrue(response.status() == 200 || response.status() == 201, path + ": " + response);
    }

    @Test
    void theGamePlayerAndTeamFeedsAnswerTheSeedsShapes(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Tenant globex = Tenant.create(podium);
        post(acme, "/v2/admin/players", "{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\"}");
        post(acme, "/v2/admin/players", "{\"id\":\"tony\",\"alias\":\"Tony\"}");
        put(acme, "/v2/admin/definitions/teams/international", "{\"name\":\"International\",\"roles\":[\"member\",\"owner\"],"
                + "\"creator_roles\":[\"owner\"]}");
        post(acme, "/v2/admin/teams", "{\"id\":\"furious_five\",\"name\":\"Furious Five\",\"definition\":\"international\"}");
        for (String player : List.of("po", "tony")) {
            post(acme, "/v2/admin/teams/furious_five/join", "{\"player_id\":\"" + player + "\",\"requested_roles\":{\"member\":true}}");
        }
        post(acme, "/v2/admin/teams/furious_five/roles", "{\"player_id\":\"tony\",\"requested_roles\":{\"owner\":true}}");
        post(acme, "/v2/admin/teams/furious_five/transfer", "{\"id\":\"po\"}");
        post(acme, "/v2/admin/teams/furious_five/leave", "{\"player_id\":\"tony\"}");
        put(acme, "/v2/admin/players/tony/disable", null);
        put(acme, "/v2/admin/players/tony/enable", null);
        post(acme, acme.path("/badges"), "{\"name\":\"first_steps\",\"points\":0,"
                + "\"rule\":{\"type\":\"total_at_least\",\"metric\":\"eco\",\"threshold\":1}}");
        post(acme, acme.path("/campaigns"), "{\"id\":\"spring\",\"name\":\"Spring\",\"metric\":\"eco\","
                + "\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-01\"}");
        assertEquals(200, acme.submit(Tenant.batch("eco", "2026-03-01", "po", "7", "tony", "5", "d1", "3")).status());
        assertEquals(200, acme.finalizeThrough("eco", "2026-03-01").status());
        JsonNode game = await(acme, "/v2/admin/activity", feed -> count(feed, "level po") == 1
                && count(feed, "level tony") == 1 && count(feed, "level d1") == 1 && count(feed, "campaign_won po") == 1
                && count(feed, "badge_achieved d1") == 1);
        assertEquals(202, podium.http().post("/_local/schedules/CampaignStatusTransitions", null, "").status());
        game = await(acme, "/v2/admin/activity", feed -> count(feed, "campaign_ended") == 1);

        Set<String> seen = new HashSet<>(events(game));
        assertTrue(seen.containsAll(List.of("player_created po", "player_created tony", "player_created d1", "join po",
                "join tony", "roles tony", "transfer po", "leave tony", "player_disabled tony", "player_enabled tony",
                "badge_achieved po", "level po", "campaign_completed", "campaign_won po", "campaign_ended")), seen.toString());
        JsonNode example = SeedShape.example("playoff/game-activity").get(0);
        for (JsonNode event : game) {
            SeedShape.assertMatches(example, event, ADDITIONS, Set.of("actor"));
        }
        List<String> times = new ArrayList<>();
        game.forEach(event -> times.add(event.get("timestamp").asText()));
        assertEquals(times.stream().sorted((a, b) -> b.compareTo(a)).toList(), times, "newest first");
        JsonNode level = find(game, "level po");
        SeedShape.assertMatches(example, level);
        SeedShape.assertSameField(example, level, "actor");
        assertEquals("{\"id\":\"level\",\"name\":\"level\",\"type\":\"state\"}", level.get("changes").get(0).get("metric").toString());
        assertEquals("{\"id\":\"spring\",\"name\":\"Spring\"}", find(game, "campaign_completed").get("campaign").toString());
        assertEquals("[{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\"}]", find(game, "campaign_completed").get("winners").toString());
        assertEquals("{\"id\":\"furious_five\",\"name\":\"Furious Five\"}", find(game, "transfer po").get("team").toString());
        assertEquals("[\"owner\"]", find(game, "transfer po").get("roles").toString());

        JsonNode po = ok(acme, "/v2/admin/players/po/activity");
        assertEquals(Set.of("player_created po", "join po", "transfer po", "badge_achieved po", "level po", "campaign_won po"),
                Set.copyOf(events(po)), "po's own events; the completion names no player");
        po.forEach(event -> SeedShape.assertMatches(example, event, ADDITIONS, Set.of()));

        JsonNode team = ok(acme, "/v2/admin/teams/furious_five/activity");
        assertEquals(Set.of("join po", "join tony", "roles tony", "transfer po", "leave tony", "badge_achieved po", "level po",
                "campaign_won po"), Set.copyOf(events(team)), "its own events, and po's since po joined; tony's after leaving"
                + " are not the team's");
        team.forEach(event -> SeedShape.assertMatches(example, event, ADDITIONS, Set.of()));

        assertEquals("player_not_found", get(acme, "/v2/admin/players/ghost/activity").errorCode());
        assertEquals("team_not_found", get(acme, "/v2/admin/teams/ghost/activity").errorCode());
        Response backwards = get(acme, "/v2/admin/activity?start=1796472000&end=2026-12-01T00:00:00Z");
        assertEquals(400, backwards.status(), backwards.toString());
        assertEquals("validation_exception", backwards.errorCode());
        Response tooLong = get(acme, "/v2/admin/activity?start=2026-01-01T00:00:00Z&end=2026-03-01T00:00:00Z");
        assertEquals("validation_exception", tooLong.errorCode(), tooLong.toString());

        assertEquals("[]", ok(globex, "/v2/admin/activity").toString(), "another game's feed has none of acme's events");
        assertEquals("player_not_found", get(globex, "/v2/admin/players/po/activity").errorCode());
        assertEquals("team_not_found", get(globex, "/v2/admin/teams/furious_five/activity").errorCode());
    }

    /** The newest event of that type and actor. */
    private static JsonNode find(JsonNode feed, String event) {
        int index = events(feed).indexOf(event);
        assertTrue(index >= 0, "no " + event + " in " + feed);
        return feed.get(index);
    }

    /** 600 drivers, each enrolled as a player and raised a level by one finalized day: 1,200 events, three pages. */
    @Test
    void moreEventsThanAPageComeInPagesEachLinkingTheNext(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        for (int batch = 0; batch < 12; batch++) {
            String[] scores = new String[100];
            for (int i = 0; i < 50; i++) {
                scores[2 * i] = "d" + (batch * 50 + i);
                scores[2 * i + 1] = "7";
            }
            assertEquals(200, acme.submit(Tenant.batch("eco", "2026-03-01", scores)).status());
        }
        assertEquals(200, acme.finalizeThrough("eco", "2026-03-01").status());
        for (int driver = 0; driver < 600; driver += 599) {
            await(acme, "/v2/admin/players/d" + driver + "/activity", feed -> feed.size() == 2);
        }

        String window = "?start=" + URLEncoder.encode(Instant.now().minus(Duration.ofHours(1)).toString(), StandardCharsets.UTF_8);
        // Called under the stage, as on the execute-api URL: every link must keep it to work there.
        String next = "/v1/v2/admin/activity" + window;
        List<Integer> pages = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String previous = null;
        while (next != null) {
            Response page = get(acme, next);
            assertEquals(200, page.status(), page.toString());
            pages.add(page.json().size());
            for (JsonNode event : page.json()) {
                assertTrue(ids.add(event.get("id").asText()), "twice: " + event);
                String position = event.get("timestamp").asText();
                assertTrue(previous == null || position.compareTo(previous) <= 0, "newest first across pages");
                previous = position;
            }
            next = page.headers().firstValue("Link").map(link -> {
                Matcher matcher = NEXT.matcher(link);
                assertTrue(matcher.matches(), link);
                assertTrue(matcher.group(1).startsWith("/v1/v2/admin/activity?start="), link);
                return matcher.group(1);
            }).orElse(null);
        }
        assertEquals(List.of(500, 500, 200), pages, "600 creations and 600 levels");
    }
}
