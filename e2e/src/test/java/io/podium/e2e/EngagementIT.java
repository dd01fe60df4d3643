package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EASI'R engagement features end to end: scores submitted and finalized over HTTP lead, through the recompute
 * consumer, to badges, levels, rank boards and stream events; high-fives and driver tokens on top.
 *
 * <p>Steps, 1–5 March (no score is a gap): a 120, 80, 90, 10, 60 (total 360); b 60, 70, –, 55, 65 (250);
 * c 10, 20, 30, 40, 50 (150). Leads and sales on 1 March: a 10/3, b 4/2, c 20/4.
 */
@ExtendWith(SharedPodium.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngagementIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private Tenant acme;
    private Map<String, Long> badgeIds;

    @BeforeAll
    void finalizeAMonthOfScores(LocalPodium podium) {
        acme = Tenant.create(podium);
        // 0.25 points a lead: c's 20 leads are 5 points, the EASI'R example's level_8 at 64 %.
        assertEquals(200, acme.http().send("PUT", acme.path("/settings"), acme.token(),
                "{\"points\":{\"leads\":0.25}}").status());
        badgeIds = new TreeMap<>();
        badgeIds.put("the_peak", badge("the_peak", false, 2, "{\"type\":\"daily_score_at_least\",\"metric\":\"steps\",\"threshold\":100}"));
        badgeIds.put("the_consistent", badge("the_consistent", false, 0, "{\"type\":\"streak\",\"metric\":\"steps\",\"threshold\":50,\"days\":3}"));
        badgeIds.put("the_300", badge("the_300", false, 0, "{\"type\":\"total_at_least\",\"metric\":\"steps\",\"threshold\":300}"));
        badgeIds.put("the_champion", badge("the_champion", false, 0, "{\"type\":\"campaign_winner\"}"));
        badgeIds.put("the_podium", badge("the_podium", true, 0, "{\"type\":\"campaign_top\",\"n\":2,\"campaign\":\"march\"}"));
        assertEquals(201, acme.http().post(acme.path("/campaigns"), acme.token(), "{\"id\":\"march\",\"name\":\"March steps\","
                + "\"metric\":\"steps\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-05\"}").status());

        String[][] steps = {
                {"a", "120", "b", "60", "c", "10"},
                {"a", "80", "b", "70", "c", "20"},
                {"a", "90", "c", "30"},
                {"a", "10", "b", "55", "c", "40"},
                {"a", "60", "b", "65", "c", "50"}};
        for (int day = 0; day < steps.length; day++) {
            assertEquals(200, acme.submit(Tenant.batch("steps", "2026-03-0" + (day + 1), steps[day])).status());
        }
        assertEquals(200, acme.submit(Tenant.batch("leads", "2026-03-01", "a", "10", "b", "4", "c", "20")).status());
        assertEquals(200, acme.submit(Tenant.batch("sales", "2026-03-01", "a", "3", "b", "2", "c", "4")).status());
        for (String metric : List.of("steps", "leads", "sales")) {
            assertEquals(200, acme.finalizeThrough(metric, "2026-03-05").status());
        }
    }

    private long badge(String name, boolean special, int points, String rule) {
        Response created = acme.http().post(acme.path("/badges"), acme.token(),
                "{\"name\":\"" + name + "\",\"special\":" + special + ",\"points\":" + points + ",\"rule\":" + rule + "}");
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").asLong();
    }

    private JsonNode await(Supplier<Response> read, Predicate<JsonNode> done, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonNode last;
        do {
            Response response = read.get();
            assertEquals(200, response.status(), response.toString());
            last = response.json();
            if (done.test(last)) {
                return last;
            }
            LocalPodium.pause(Duration.ofMillis(100));
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError(what + " never happened: " + last);
    }

    private Response get(String path) {
        return acme.http().get(acme.path(path), acme.token());
    }

    private static Set<String> achieved(JsonNode driverBadges) {
        Set<String> names = new HashSet<>();
        for (String list : List.of("badges", "special_badges")) {
            driverBadges.get(list).forEach(badge -> {
                if (badge.get("achieved").asBoolean()) {
                    names.add(badge.get("name").asText());
                }
            });
        }
        return names;
    }

    private JsonNode badgesOf(String driver, int expectedCount) {
        return await(() -> get("/drivers/" + driver + "/badges"), body -> achieved(body).size() >= expectedCount,
                driver + " earning " + expectedCount + " badges");
    }

    /** Of the badges defined before the finalize (another test defines one later). */
    private Set<String> achievedOfTheFirst(JsonNode driverBadges) {
        Set<String> names = achieved(driverBadges);
        names.retainAll(badgeIds.keySet());
        return names;
    }

    @Test
    void badgesFollowTheFinalizedDaysAndAStreakBreaksAtAGap() {
        JsonNode a = badgesOf("a", 5);
        assertEquals(Set.of("the_peak", "the_consistent", "the_300", "the_champion", "the_podium"), achievedOfTheFirst(a));
        JsonNode peak = a.get("badges").get(0);
        assertEquals(badgeIds.get("the_peak"), peak.get("id").asLong());
        assertTrue(peak.get("achieved_at").asText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), peak.toString());
        assertEquals(1, a.get("special_badges").size(), "special badges are listed apart");
        assertEquals("the_podium", a.get("special_badges").get(0).get("name").asText());

        // b: 60, 70, then no score on 3 March: two runs of two days, never three.
        assertEquals(Set.of("the_podium"), achievedOfTheFirst(badgesOf("b", 1)));
        JsonNode c = get("/drivers/c/badges").json();
        assertEquals(Set.of(), achieved(c));
        assertEquals(get("/badges").json().get("data").size(), c.get("badges").size() + c.get("special_badges").size(),
                "every defined badge is listed, achieved or not");
        c.get("badges").forEach(badge -> assertTrue(badge.get("achieved_at").isNull()));
    }

    @Test
    void aBadgeDefinedLaterIsEvaluatedAgainstTheHistoryAndARedeliveryAwardsNothingTwice() {
        badgesOf("a", 5);
        // A repeated finalize sends its message again, so the consumer runs once more on the same days.
        assertEquals(200, acme.finalizeThrough("steps", "2026-03-05").status());
        long later = badge("the_200", false, 0, "{\"type\":\"total_at_least\",\"metric\":\"steps\",\"threshold\":200}");
        assertTrue(later > badgeIds.get("the_podium"), "ids count up");
        assertTrue(achieved(badgesOf("b", 2)).contains("the_200"));
        assertTrue(achieved(badgesOf("a", 6)).contains("the_200"));
        assertFalse(achieved(get("/drivers/c/badges").json()).contains("the_200"), "c has 150");

        List<String> awards = new ArrayList<>();
        // Newest first, by page number: an event appended while we page (a level-up from the_200's points) pushes the
        // next page's first event onto it again. Those repeats share an id; a twice-written award would not.
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        wholeStream("").forEach(event -> byId.putIfAbsent(event.get("id").asText(), event));
        for (JsonNode event : byId.values()) {
            if (event.get("event_type").asText().equals("badge_achieved")) {
                awards.add(event.get("event_data").get("badge").get("name").asText() + "/" + event.get("user").get("id").asText());
            }
        }
        assertEquals(new HashSet<>(awards).size(), awards.size(), "one event per award: " + awards);
        assertEquals(8, awards.size(), "a: 6, b: 2: " + awards);
    }

    private List<JsonNode> wholeStream(String query) {
        List<JsonNode> events = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode body = get("/stream?per_page=7&page=" + page + query).json();
            body.get("data").forEach(events::add);
            if (body.get("pagination").get("urls").get("next").isNull()) {
                assertEquals(events.size(), body.get("pagination").get("total").asInt());
                return events;
            }
        }
    }

    @Test
    void levelsAreWeightedTotalsPlusBadgePointsAndAnnounced() {
        JsonNode c = await(() -> get("/drivers/c/level"), body -> body.get("name").asText().equals("level_8"), "c at level_8");
        assertEquals(5, c.get("points").asInt());
        assertEquals(64, c.get("progress_pct").asInt());
        assertEquals(3.90625, c.get("level_threshold").asDouble());
        assertEquals("level_9", c.get("next_level").get("name").asText());
        assertEquals(7.8125, c.get("next_level").get("level_threshold").asDouble());

        // a: 10 leads × 0.25 + the_peak's 2 points = 4.5.
        badgesOf("a", 5);
        JsonNode a = get("/drivers/a/level").json();
        assertEquals(4.5, a.get("points").asDouble());
        assertEquals("level_8", a.get("name").asText());

        JsonNode newLevel = await(() -> get("/stream?userxtid=c"), body -> types(body).contains("new_level"), "c's new_level event");
        for (JsonNode event : newLevel.get("data")) {
            assertEquals("c", event.get("user").get("id").asText(), "the userxtid filter keeps c's events only");
            if (event.get("event_type").asText().equals("new_level")) {
                assertEquals("level_8", event.get("event_data").get("level").get("name").asText());
            }
        }
        JsonNode unknown = get("/drivers/nobody/level").json();
        assertEquals("level_0", unknown.get("name").asText());
        assertEquals(0, unknown.get("level_threshold").asInt());
        assertEquals(0, unknown.get("progress_pct").asInt());
    }

    private static Set<String> types(JsonNode page) {
        Set<String> types = new HashSet<>();
        page.get("data").forEach(event -> types.add(event.get("event_type").asText()));
        return types;
    }

    @Test
    void aTotalRankAndARatioRankWithAVolumeFloor() {
        Response created = acme.http().post(acme.path("/ranks"), acme.token(),
                "{\"name\":\"Steps\",\"icon\":\"shoe\",\"rule\":\"total\",\"settings\":{\"metric\":\"steps\"}}");
        assertEquals(201, created.status(), created.toString());
        JsonNode rank = created.json();
        assertEquals(acme.copid(), rank.get("team_id").asText());
        assertEquals("total", rank.get("rule").get("name").asText());
        String id = rank.get("id").asText();
        JsonNode steps = await(() -> get("/ranks/" + id + "/scores?userxtid=b"), body -> body.get("scores").size() == 3, "the steps rank");
        assertEquals(List.of("1:a:360", "2:b:250", "3:c:150"), entries(steps.get("scores")));
        assertEquals("2:b:250", entry(steps.get("current_rank")));

        Response ratio = acme.http().post(acme.path("/ranks"), acme.token(), "{\"name\":\"Conversion\",\"icon\":\"star\","
                + "\"rule\":\"ratio\",\"settings\":{\"metric\":\"sales\",\"denominator_metric\":\"leads\",\"min_volume\":5}}");
        assertEquals(201, ratio.status(), ratio.toString());
        String ratioId = ratio.json().get("id").asText();
        JsonNode conversion = await(() -> get("/ranks/" + ratioId + "/scores?userxtid=b"), body -> body.get("scores").size() == 2,
                "the conversion rank");
        assertEquals(List.of("1:a:0.3", "2:c:0.2"), entries(conversion.get("scores")));
        assertTrue(conversion.get("current_rank").isNull(), "b has 4 leads, under the floor of 5");

        assertEquals("{\"name\":\"Walking\"}", acme.http().send("PUT", acme.path("/ranks/" + id), acme.token(),
                "{\"name\":\"Walking\"}").text());
        JsonNode one = get("/ranks/" + id).json();
        assertEquals("Walking", one.get("name").asText());
        assertEquals("steps", one.get("settings").get("metric").asText());
        JsonNode list = get("/ranks?per_page=1").json();
        assertEquals(get("/ranks?per_page=100").json().get("data").size(), list.get("pagination").get("total").asInt());
        assertTrue(list.get("pagination").get("total").asInt() >= 2);
        assertEquals(1, list.get("data").size());
        assertFalse(list.get("pagination").get("urls").get("next").isNull());
        assertEquals(204, acme.http().delete(acme.path("/ranks/" + ratioId), acme.token()).status());
        assertEquals("rank_not_found", get("/ranks/" + ratioId + "/scores").errorCode());
    }

    private static List<String> entries(JsonNode scores) {
        List<String> entries = new ArrayList<>();
        scores.forEach(score -> entries.add(entry(score)));
        return entries;
    }

    private static String entry(JsonNode score) {
        return score.get("rank").asInt() + ":" + score.get("user").get("id").asText() + ":"
                + score.get("score").decimalValue().stripTrailingZeros().toPlainString();
    }

    @Test
    void theStreamAnnouncesTheCampaignAndHighFivesCountOnce() {
        JsonNode page = await(() -> get("/stream?per_page=100&viewer=b"), body -> types(body).contains("campaign_completed"),
                "the campaign's completion");
        JsonNode completed = null;
        JsonNode won = null;
        for (JsonNode event : page.get("data")) {
            switch (event.get("event_type").asText()) {
                case "campaign_completed" -> completed = event;
                case "campaign_won" -> won = event;
                default -> { }
            }
        }
        assertTrue(completed.get("user").isNull(), "a company-wide event");
        assertEquals("march", completed.get("event_data").get("campaign").get("id").asText());
        assertEquals("a", completed.get("event_data").get("winners").get(0).get("id").asText());
        assertEquals("a", won.get("user").get("id").asText());
        assertFalse(won.get("high_fived").asBoolean());

        long wonId = won.get("id").asLong();
        String highFive = acme.path("/stream/" + wonId + "/high-five");
        assertEquals(204, acme.http().send("PUT", highFive, acme.token(), "{\"userxtid\":\"b\"}").status());
        assertEquals(204, acme.http().send("PUT", highFive, acme.token(), "{\"userxtid\":\"b\"}").status(), "idempotent");
        JsonNode after = eventOf(get("/stream?per_page=100&viewer=b").json(), wonId);
        assertTrue(after.get("high_fived").asBoolean());
        assertEquals(1, after.get("high_fives").asInt());
        assertFalse(eventOf(get("/stream?per_page=100&viewer=c").json(), wonId).get("high_fived").asBoolean());
        assertEquals("[{\"id\":\"b\",\"alias\":\"b\"}]", get("/stream/" + wonId + "/high-five/users").json().get("data").toString());

        assertEquals("event_not_found", acme.http().send("PUT", acme.path("/stream/999999/high-five"), acme.token(),
                "{\"userxtid\":\"b\"}").errorCode());
        assertEquals("validation_failed", acme.http().send("PUT", highFive, acme.token(), "{}").errorCode());
    }

    private static JsonNode eventOf(JsonNode page, long id) {
        for (JsonNode event : page.get("data")) {
            if (event.get("id").asLong() == id) {
                return event;
            }
        }
        throw new AssertionError("no event " + id + " in " + page);
    }

    @Test
    void aDriverTokenReadsItsOwnAndHighFivesAsItself(LocalPodium podium) {
        badgesOf("a", 5);
        Tenant driverA = Tenant.withToken(podium, acme.copid(), "driver:a");
        Http http = driverA.http();
        assertEquals(200, http.get(acme.path("/drivers/a/badges"), driverA.token()).status());
        assertEquals(200, http.get(acme.path("/drivers/a/level"), driverA.token()).status());
        assertEquals("forbidden", http.get(acme.path("/drivers/b/badges"), driverA.token()).errorCode());
        assertEquals("forbidden", http.get(acme.path("/drivers/b/level"), driverA.token()).errorCode());
        assertEquals("forbidden", http.get(acme.path("/stream?viewer=b"), driverA.token()).errorCode());
        assertEquals("insufficient_scope", http.get(acme.path("/badges"), driverA.token()).errorCode());
        int defined = get("/badges").json().get("data").size();
        assertEquals("insufficient_scope", http.post(acme.path("/badges"), driverA.token(),
                "{\"name\":\"mine\",\"rule\":{\"type\":\"campaign_winner\"}}").errorCode());
        assertEquals(defined, get("/badges").json().get("data").size(), "nothing written");

        String rank = acme.http().post(acme.path("/ranks"), acme.token(),
                "{\"name\":\"Mine\",\"icon\":\"me\",\"rule\":\"best_day\",\"settings\":{\"metric\":\"steps\"}}").json().get("id").asText();
        JsonNode own = await(() -> http.get(acme.path("/ranks/" + rank + "/scores"), driverA.token()),
                body -> !body.get("current_rank").isNull(), "a's own entry");
        assertEquals("1:a:120", entry(own.get("current_rank")));
        assertEquals("forbidden", http.get(acme.path("/ranks/" + rank + "/scores?userxtid=b"), driverA.token()).errorCode());

        JsonNode stream = http.get(acme.path("/stream?per_page=100"), driverA.token()).json();
        long completedId = -1;
        for (JsonNode event : stream.get("data")) {
            if (event.get("event_type").asText().equals("campaign_completed")) {
                completedId = event.get("id").asLong();
            }
        }
        assertTrue(completedId > 0, "the driver reads the company's stream: " + stream);
        String highFive = acme.path("/stream/" + completedId + "/high-five");
        assertEquals("forbidden", http.send("PUT", highFive, driverA.token(), "{\"userxtid\":\"b\"}").errorCode());
        assertEquals(204, http.send("PUT", highFive, driverA.token(), null).status());
        JsonNode mine = eventOf(http.get(acme.path("/stream?per_page=100"), driverA.token()).json(), completedId);
        assertTrue(mine.get("high_fived").asBoolean(), "viewed as a");
    }
}
