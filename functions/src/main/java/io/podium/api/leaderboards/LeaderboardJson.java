package io.podium.api.leaderboards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.campaigns.Campaign;
import io.podium.json.Json;
import io.podium.leaderboards.BoardPage;
import io.podium.leaderboards.RankedEntry;
import io.podium.leaderboards.Scoring;
import io.podium.paging.Cursor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The JSON forms of a leaderboard page and of a board entry {"rank","userxtid","score","days"}. */
final class LeaderboardJson {
    private LeaderboardJson() {
    }

    static ObjectNode entry(RankedEntry entry, Scoring scoring) {
        ObjectNode node = Json.object().put("rank", entry.rank()).put("userxtid", entry.userxtid());
        node.put("score", scoring.score(entry.standing()));
        return node.put("days", entry.standing().days());
    }

    /** A page of a campaign's board: the campaign, how far it is computed, its winners once complete, the entries. */
    static ObjectNode board(Campaign campaign, Optional<BoardPage> page) {
        Optional<LocalDate> through = page.flatMap(p -> p.head().computedThrough());
        boolean complete = through.filter(t -> !t.isBefore(campaign.endDate())).isPresent();
        ObjectNode body = Json.object()
                .put("campaign", campaign.id())
                .put("metric", campaign.metric())
                .put("startDate", campaign.startDate().toString())
                .put("endDate", campaign.endDate().toString())
                .put("aggregation", campaign.aggregation().wireName());
        body.put("computedThrough", through.map(Object::toString).orElse(null));
        body.put("complete", complete);
        ArrayNode winners = body.putArray("winners");
        if (complete) {
            page.get().leaders().forEach(winners::add);
        }
        int total = page.map(p -> p.head().total()).orElse(0);
        body.put("total", total);
        ArrayNode entries = body.putArray("entries");
        Scoring scoring = new Scoring(campaign.aggregation());
        List<RankedEntry> shown = page.map(BoardPage::entries).orElse(List.of());
        shown.forEach(entry -> entries.add(entry(entry, scoring)));
        int end = shown.isEmpty() ? 0 : shown.get(shown.size() - 1).position() + 1;
        body.put("next", end > 0 && end < total ? Cursor.ofPosition(end) : null);
        return body;
    }
}
