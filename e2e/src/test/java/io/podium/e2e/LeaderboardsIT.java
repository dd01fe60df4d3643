package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static io.podium.e2e.ScoresIT.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Leaderboards end to end: scores over HTTP, finalize, the recompute consumer behind the FIFO queue, and
 * every board compared with an independent computation after each finalize.
 */
@ExtendWith(SharedPodium.class)
class LeaderboardsIT {
    private static final String METRIC = "safety";
    static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    private static final int DRIVERS = 120;
    private static final int DAYS = 10;

    record CampaignSpec(String id, String aggregation, LocalDate start, LocalDate end) {
    }

    private static final List<CampaignSpec> CAMPAIGNS = List.of(
            new CampaignSpec("april-total", "total", APRIL_1, APRIL_1.plusDays(9)),
            new CampaignSpec("mid-best", "best_day", APRIL_1.plusDays(2), APRIL_1.plusDays(6)),
            new CampaignSpec("late-average", "average", APRIL_1.plusDays(4), APRIL_1.plusDays(11)),
            new CampaignSpec("early-active", "active_days", APRIL_1, APRIL_1.plusDays(3)));

    @Test
    void everyBoardMatchesAnIndependentComputationAfterEachFinalize(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Map<LocalDate, Map<String, Integer>> submitted = submitRandomScores(acme, new Random(20260401));
        for (CampaignSpec spec : CAMPAIGNS) {
            assertEquals(201, createCampaign(acme, spec).status());
        }

        for (LocalDate cutOff : List.of(APRIL_1.plusDays(2), APRIL_1.plusDays(5), APRIL_1.plusDays(9))) {
            assertEquals(200, acme.finalizeThrough(METRIC, cutOff.toString()).status());
            for (CampaignSpec spec : CAMPAIGNS) {
                List<ExpectedBoard.Entry> expected = ExpectedBoard.compute(submitted, spec.start(), spec.end(), cutOff, spec.aggregation());
                JsonNode first = awaitComputed(acme, spec.id(), cutOff);
                assertEquals(expected.size(), first.get("total").asInt(), spec.id() + " through " + cutOff);
                assertEquals(expected, readWholeBoard(acme, spec.id()), spec.id() + " through " + cutOff);
                boolean complete = !cutOff.isBefore(spec.end());
                assertEquals(complete, first.get("complete").asBoolean(), spec.id());
                List<String> winners = complete
                        ? expected.stream().filter(e -> e.rank() == 1).map(ExpectedBoard.Entry::userxtid).toList() : List.of();
                assertEquals(winners, texts(first.get("winners")), spec.id());
            }
        }

        // A campaign created after the finalizes gets its board without another finalize.
        CampaignSpec late = new CampaignSpec("created-later", "total", APRIL_1.plusDays(1), APRIL_1.plusDays(7));
        assertEquals(201, createCampaign(acme, late).status());
        awaitComputed(acme, late.id(), APRIL_1.plusDays(9));
        assertEquals(ExpectedBoard.compute(submitted, late.start(), late.end(), APRIL_1.plusDays(9), "total"),
                readWholeBoard(acme, late.id()));

        // Around-me: a page of `limit` entries holding the driver, with neighbours on both sides.
        List<ExpectedBoard.Entry> total = ExpectedBoard.compute(submitted, APRIL_1, APRIL_1.plusDays(9), APRIL_1.plusDays(9), "total");
        ExpectedBoard.Entry middle = total.get(total.size() / 2);
        JsonNode around = acme.http().get(acme.path("/campaigns/april-total/leaderboard?limit=7&around=" + middle.userxtid()),
                acme.token()).json();
        List<ExpectedBoard.Entry> aroundEntries = entries(around);
        int at = total.indexOf(middle);
        assertEquals(total.subList(at - 3, at + 4), aroundEntries);
        JsonNode top = acme.http().get(acme.path("/campaigns/april-total/leaderboard?limit=5&around=" + total.get(0).userxtid()),
                acme.token()).json();
        assertEquals(total.subList(0, 5), entries(top), "around the leader starts at the top");
        assertRefused(acme.http().get(acme.path("/campaigns/april-total/leaderboard?around=nobody"), acme.token()),
                404, "driver_not_ranked");

        // Standings: every campaign where the driver is ranked.
        JsonNode standings = acme.http().get(acme.path("/drivers/" + middle.userxtid() + "/standings"), acme.token()).json();
        Map<String, JsonNode> byCampaign = new HashMap<>();
        standings.get("standings").forEach(s -> byCampaign.put(s.get("campaign").asText(), s));
        assertEquals(middle.rank(), byCampaign.get("april-total").get("rank").asInt());
        assertEquals(0, middle.score().compareTo(byCampaign.get("april-total").get("score").decimalValue()));
        assertEquals(total.size(), byCampaign.get("april-total").get("total").asInt());
        assertEquals("ended", byCampaign.get("april-total").get("status").asText());
    }

    @Test
    void paginationAndRefusals(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        submitRandomScores(acme, new Random(7));
        createCampaign(acme, new CampaignSpec("pages", "total", APRIL_1, APRIL_1.plusDays(30)));
        JsonNode before = acme.http().get(acme.path("/campaigns/pages/leaderboard"), acme.token()).json();
        assertTrue(before.get("computedThrough").isNull());
        assertEquals(0, before.get("entries").size());
        assertFalse(before.get("complete").asBoolean());

        acme.finalizeThrough(METRIC, APRIL_1.plusDays(9).toString());
        awaitComputed(acme, "pages", APRIL_1.plusDays(9));
        JsonNode page = acme.http().get(acme.path("/campaigns/pages/leaderboard?limit=50"), acme.token()).json();
        assertEquals(50, page.get("entries").size());
        assertFalse(page.get("complete").asBoolean(), "the window runs past the cut-off");
        assertEquals(List.of(), texts(page.get("winners")));
        assertRefused(acme.http().get(acme.path("/campaigns/pages/leaderboard?limit=101"), acme.token()), 400, "validation_failed");
        assertRefused(acme.http().get(acme.path("/campaigns/pages/leaderboard?cursor=bm9wZQ"), acme.token()), 400, "validation_failed");
        assertRefused(acme.http().get(acme.path("/campaigns/none/leaderboard"), acme.token()), 404, "campaign_not_found");

        Tenant other = Tenant.create(podium);
        assertRefused(podium.http().get(acme.path("/campaigns/pages/leaderboard"), other.token()), 403, "forbidden");
        Tenant writer = Tenant.withToken(podium, acme.copid(), "scores:write");
        assertRefused(writer.http().get(acme.path("/campaigns/pages/leaderboard"), writer.token()), 403, "insufficient_scope");
        assertRefused(writer.http().get(acme.path("/drivers/d001/standings"), writer.token()), 403, "insufficient_scope");
    }

    static Map<LocalDate, Map<String, Integer>> submitRandomScores(Tenant tenant, Random random) {
        Map<LocalDate, Map<String, Integer>> submitted = new TreeMap<>();
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = APRIL_1.plusDays(d);
            Map<String, Integer> scores = new TreeMap<>();
            for (int driver = 0; driver < DRIVERS; driver++) {
                if (random.nextInt(10) < 8) {
                    // A small range makes many ties.
                    scores.put(String.format("d%03d", driver), random.nextInt(7) - 1);
                }
            }
            List<String> pairs = new ArrayList<>();
            scores.forEach((user, score) -> {
                pairs.add(user);
                pairs.add(Integer.toString(score));
            });
            for (int from = 0; from < pairs.size(); from += 100) {
                Response response = tenant.submit(Tenant.batch(METRIC, day.toString(),
                        pairs.subList(from, Math.min(pairs.size(), from + 100)).toArray(String[]::new)));
                assertEquals(200, response.status(), response.toString());
            }
            submitted.put(day, scores);
        }
        return submitted;
    }

    static Response createCampaign(Tenant tenant, CampaignSpec spec) {
        return tenant.http().post(tenant.path("/campaigns"), tenant.token(),
                "{\"id\":\"" + spec.id() + "\",\"name\":\"" + spec.id() + "\",\"metric\":\"" + METRIC + "\",\"startDate\":\""
                        + spec.start() + "\",\"endDate\":\"" + spec.end() + "\",\"aggregation\":\"" + spec.aggregation() + "\"}");
    }

    /** Polls until the board reflects the cut-off: the recompute runs in the background. */
    static JsonNode awaitComputed(Tenant tenant, String campaign, LocalDate cutOff) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode board;
        do {
            Response response = tenant.http().get(tenant.path("/campaigns/" + campaign + "/leaderboard?limit=100"), tenant.token());
            assertEquals(200, response.status(), response.toString());
            board = response.json();
            if (board.get("computedThrough").asText("").equals(cutOff.toString())) {
                return board;
            }
            LocalPodium.pause(Duration.ofMillis(100));
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError(campaign + " never reached " + cutOff + ": " + board);
    }

    static List<ExpectedBoard.Entry> readWholeBoard(Tenant tenant, String campaign) {
        List<ExpectedBoard.Entry> all = new ArrayList<>();
        String cursor = "";
        while (cursor != null) {
            JsonNode page = tenant.http().get(tenant.path("/campaigns/" + campaign + "/leaderboard?limit=37" + cursor),
                    tenant.token()).json();
            all.addAll(entries(page));
            cursor = page.get("next").isNull() ? null : "&cursor=" + page.get("next").asText();
        }
        return all;
    }

    static List<ExpectedBoard.Entry> entries(JsonNode page) {
        List<ExpectedBoard.Entry> entries = new ArrayList<>();
        page.get("entries").forEach(e -> entries.add(new ExpectedBoard.Entry(e.get("rank").asInt(), e.get("userxtid").asText(),
                new BigDecimal(e.get("score").asText()), e.get("days").asInt())));
        return entries;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
