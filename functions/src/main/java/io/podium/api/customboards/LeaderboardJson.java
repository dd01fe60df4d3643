package io.podium.api.customboards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.customboards.BoardEntity;
import io.podium.customboards.CustomBoardRecompute;
import io.podium.customboards.CustomBoards;
import io.podium.customboards.LeaderboardDefinition;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import io.podium.leaderboards.RankedEntry;

/** Custom leaderboards as Playoff's routes answer them. */
final class LeaderboardJson {
    private LeaderboardJson() {
    }

    static ObjectNode definition(LeaderboardDefinition definition) {
        ObjectNode json = Json.object().put("id", definition.id()).put("name", definition.name())
                .put("entity", definition.entity().json()).put("metric", definition.metric());
        if (definition.entity() == BoardEntity.TEAMS) {
            json.put("aggregation", definition.aggregation().json());
        }
        json.put("custom", definition.custom());
        // All time is the period a definition has when it names none: it is left out, as it was put.
        definition.period().ifPresent(period -> json.putObject("period")
                .put("startDate", period.startDate().toString()).put("endDate", period.endDate().toString()));
        return json.put("updated", IsoTime.format(definition.updated()));
    }

    /**
     * {@code {"data":[{"rank","score","entity":{"id","alias" or "name"}}],"total","computedAt"}}; a board not
     * computed yet is empty, with {@code computedAt} null.
     */
    static ObjectNode page(CustomBoards.CustomBoardPage page) {
        ObjectNode body = Json.object();
        ArrayNode data = body.putArray("data");
        String label = page.entity() == BoardEntity.PLAYERS ? "alias" : "name";
        page.board().ifPresent(board -> {
            for (RankedEntry entry : board.entries()) {
                ObjectNode row = data.addObject().put("rank", entry.rank())
                        .put("score", CustomBoardRecompute.shown(entry.standing().accumulated()));
                ObjectNode entity = row.putObject("entity").put("id", entry.userxtid());
                entity.put(label, entry.label().orElse(entry.userxtid()));
            }
        });
        body.put("total", page.board().map(board -> board.head().total()).orElse(0));
        page.board().flatMap(board -> board.head().computedAt())
                .ifPresentOrElse(at -> body.put("computedAt", IsoTime.format(at)), () -> body.putNull("computedAt"));
        return body;
    }
}
