package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static io.podium.e2e.LeaderboardsIT.APRIL_1;
import static io.podium.e2e.LeaderboardsIT.awaitComputed;
import static io.podium.e2e.LeaderboardsIT.createCampaign;
import static io.podium.e2e.LeaderboardsIT.readWholeBoard;
import static io.podium.e2e.LeaderboardsIT.submitRandomScores;
import static io.podium.e2e.LeaderboardsIT.texts;
import static io.podium.e2e.ScoresIT.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Corrections end to end: finalized days corrected over HTTP, then every board of the metric (an ended campaign's
 * included) followed until it equals an independent computation of the corrected scores; the ended campaign's new winner
 * announced by a campaign_won of its own, the old winner's event kept; the record of the corrections as GET lists it;
 * and a finalized day still closed to POST …/scores.
 */
@ExtendWith(SharedPodium.class)
class CorrectionsIT {
    private static final String METRIC = "safety";
    private static final LocalDate LAST = APRIL_1.plusDays(9);
    private static final List<LeaderboardsIT.CampaignSpec> CAMPAIGNS = List.of(
            new LeaderboardsIT.CampaignSpec("april-total", "total", APRIL_1, LAST),
            new LeaderboardsIT.CampaignSpec("mid-best", "best_day", APRIL_1.plusDays(2), APRIL_1.plusDays(6)),
            new LeaderboardsIT.CampaignSpec("late-average", "average", APRIL_1.plusDays(4), APRIL_1.plusDays(11)),
            new LeaderboardsIT.CampaignSpec("early-active", "active_days", APRIL_1, APRIL_1.plusDays(3)));
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void boardsFollowCorrectionsAndAnEndedCampaignsNewWinnerIsAnnounced(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Map<LocalDate, Map<String, Integer>> submitted = submitRandomScores(acme, new Random(20261206));
        for (LeaderboardsIT.CampaignSpec spec : CAMPAIGNS) {
            assertEquals(201, createCampaign(acme, spec).status());
        }
        assertEquals(200, acme.finalizeThrough(METRIC, LAST.toString()).status());
        for (LeaderboardsIT.CampaignSpec spec : CAMPAIGNS) {
            awaitComputed(acme, spec.id(), LAST);
            assertEquals(expected(submitted, spec), readWholeBoard(acme, spec.id()), spec.id());
        }
        JsonNode ended = awaitComputed(acme, "april-total", LAST);
        assertTrue(ended.get("complete").asBoolean());
        List<String> winners = texts(ended.get("winners"));
        String oldWinner = winners.get(0);
        awaitStream(acme, oldWinner, events -> events.contains("campaign_won:april-total"));

        // The last of the board by total becomes its sole winner: its day 3 raised past everyone; two others lowered,
        // one driver given a day it had no score on (d999, unknown until now), and a score set to what it is.
        List<ExpectedBoard.Entry> before = readWholeBoard(acme, "april-total");
        String risen = before.get(before.size() - 1).userxtid();
        LocalDate day3 = APRIL_1.plusDays(2);
        Map<String, Integer> third = submitted.get(day3);
        String lowered = third.keySet().stream().filter(d -> !d.equals(risen)).findFirst().orElseThrow();
        String unchanged = third.keySet().stream().filter(d -> !d.equals(risen) && !d.equals(lowered)).findFirst().orElseThrow();
        int same = third.get(unchanged);
        Integer risenBefore = third.get(risen);
        int loweredBefore = third.get(lowered);
        Response corrected = acme.http().post(acme.path("/scores/corrections"), acme.token(), correction(day3,
                "Day 3 re-imported after the telematics outage.",
                risen, 1000, lowered, -50, "d999", 4, unchanged, same));
        assertEquals(200, corrected.status(), corrected.toString());
        assertEquals(List.of(change(risen, risenBefore, 1000), change(lowered, loweredBefore, -50),
                change("d999", null, 4)), changes(corrected.json().get("data")), "what changed; the same value is no change");
        third.put(risen, 1000);
        third.put(lowered, -50);
        third.put("d999", 4);
        // And a correction of the last day: the later campaign and the ended one both counted it.
        Map<String, Integer> last = submitted.get(LAST);
        String once = last.keySet().iterator().next();
        assertEquals(200, acme.http().post(acme.path("/scores/corrections"), acme.token(),
                correction(LAST, "A duplicate trip removed.", once, last.get(once) - 3)).status());
        last.put(once, last.get(once) - 3);

        for (LeaderboardsIT.CampaignSpec spec : CAMPAIGNS) {
            List<ExpectedBoard.Entry> expected = expected(submitted, spec);
            await(() -> readWholeBoard(acme, spec.id()), expected::equals, spec.id() + " follows the corrections: " + expected);
        }
        JsonNode board = awaitComputed(acme, "april-total", LAST);
        assertEquals(List.of(risen), texts(board.get("winners")), "the ended campaign has a new winner");

        List<String> risenEvents = awaitStream(acme, risen, events -> events.contains("campaign_won:april-total"));
        assertEquals(1, risenEvents.stream().filter("campaign_won:april-total"::equals).count());
        assertTrue(awaitStream(acme, oldWinner, events -> true).contains("campaign_won:april-total"),
                "the old winner's event stays, as history");
        assertEquals(1, types(acme).stream().filter("campaign_completed:april-total"::equals).count(), "completed once");

        // The record: the latest day first, then the latest correction of a day first.
        JsonNode record = acme.http().get(acme.path("/scores/corrections?metric=" + METRIC + "&from=" + APRIL_1 + "&to=" + LAST),
                acme.token()).json();
        assertEquals(List.of(change(once, last.get(once) + 3, last.get(once)), change("d999", null, 4),
                change(lowered, loweredBefore, -50), change(risen, risenBefore, 1000)), changes(record.get("data")));
        assertTrue(record.get("next").isNull());
        for (JsonNode entry : record.get("data")) {
            assertTrue(entry.get("at").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"), entry.toString());
            assertFalse(entry.get("by").asText().isEmpty());
        }

        // A finalized day stays closed to POST …/scores, and a day not finalized is no correction's.
        assertRefused(acme.submit(Tenant.batch(METRIC, day3.toString(), risen, "1")), 412, "score_finalized");
        assertRefused(acme.http().post(acme.path("/scores/corrections"), acme.token(),
                correction(LAST.plusDays(1), "too early", risen, 1)), 409, "day_not_finalized");
        Tenant writer = Tenant.withToken(podium, acme.copid(), "scores:write", "scores:finalize", "read", "hub");
        assertRefused(writer.http().post(acme.path("/scores/corrections"), writer.token(),
                correction(day3, "no scope", risen, 1)), 403, "insufficient_scope");
    }

    private static List<ExpectedBoard.Entry> expected(Map<LocalDate, Map<String, Integer>> submitted,
                                                      LeaderboardsIT.CampaignSpec spec) {
        return ExpectedBoard.compute(submitted, spec.start(), spec.end(), LAST, spec.aggregation());
    }

    private static String correction(LocalDate day, String reason, Object... userScore) {
        StringBuilder scores = new StringBuilder();
        for (int i = 0; i < userScore.length; i += 2) {
            scores.append(i == 0 ? "" : ",").append("{\"userxtid\":\"").append(userScore[i]).append("\",\"score\":")
                    .append(userScore[i + 1]).append('}');
        }
        return "{\"date\":\"" + day + "\",\"metric\":\"" + METRIC + "\",\"reason\":\"" + reason + "\",\"scores\":[" + scores + "]}";
    }

    private static String change(String userxtid, Integer before, int after) {
        return userxtid + ":" + before + ">" + after;
    }

    private static List<String> changes(JsonNode entries) {
        List<String> changes = new ArrayList<>();
        entries.forEach(e -> changes.add(change(e.get("userxtid").asText(), e.get("old").isNull() ? null : e.get("old").asInt(),
                e.get("new").asInt())));
        return changes;
    }

    /** Every event of the company's stream, all pages, as {@link #event} names it. */
    private static List<String> types(Tenant tenant) {
        List<String> types = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode stream = tenant.http().get(tenant.path("/stream?per_page=100&page=" + page), tenant.token()).json();
            if (stream.get("data").isEmpty()) {
                return types;
            }
            stream.get("data").forEach(event -> types.add(event(event)));
        }
    }

    /** An event's type, and for a campaign's event its campaign: campaign_won:april-total. */
    private static String event(JsonNode event) {
        return event.get("event_type").asText()
                + (event.get("event_data").has("campaign") ? ":" + event.get("event_data").get("campaign").get("id").asText() : "");
    }

    /** A driver's stream as type:campaign for campaign events, polled until {@code ready}. */
    private static List<String> awaitStream(Tenant tenant, String userxtid, Predicate<List<String>> ready) {
        return await(() -> {
            JsonNode stream = tenant.http().get(tenant.path("/stream?per_page=100&userxtid=" + userxtid), tenant.token()).json();
            List<String> events = new ArrayList<>();
            stream.get("data").forEach(event -> events.add(event(event)));
            return events;
        }, ready, userxtid + "'s stream");
    }

    private static <T> T await(Supplier<T> read, Predicate<T> ready, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        T value = read.get();
        while (!ready.test(value) && Instant.now().isBefore(deadline)) {
            LocalPodium.pause(Duration.ofMillis(200));
            value = read.get();
        }
        assertTrue(ready.test(value), "not in " + PATIENCE.toSeconds() + " s: " + what + "; last read " + value);
        return value;
    }
}
