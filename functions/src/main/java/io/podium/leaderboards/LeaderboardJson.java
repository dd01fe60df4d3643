package io.podium.leaderboards;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.http.Json;

/** The JSON form of a board entry: {"rank","userxtid","score","days"}. */
final class LeaderboardJson {
    private LeaderboardJson() {
    }

    static ObjectNode entry(RankedEntry entry, Scoring scoring) {
        ObjectNode node = Json.object().put("rank", entry.rank()).put("userxtid", entry.userxtid());
        node.put("score", scoring.score(entry.standing()));
        return node.put("days", entry.standing().days());
    }
}
