package io.podium.api.ranks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.http.SeedTime;
import io.podium.json.Json;
import io.podium.ranks.Rank;
import io.podium.ranks.RankDefinition;

/** A rank in the EASI'R shape; {@code team_id} is the company. */
final class RankJson {
    private RankJson() {
    }

    static ObjectNode of(Rank rank) {
        ObjectNode node = Json.object()
                .put("id", rank.id())
                .put("team_id", rank.copid())
                .put("name", rank.definition().name())
                .put("icon", rank.definition().icon());
        node.putObject("rule").put("name", rank.definition().rule().wireName());
        return node.put("created_at", SeedTime.format(rank.createdAt()))
                .put("updated_at", SeedTime.format(rank.updatedAt()));
    }

    /** With the settings it ranks by, for the one-rank read. */
    static ObjectNode withSettings(Rank rank) {
        RankDefinition definition = rank.definition();
        ObjectNode node = of(rank);
        ObjectNode settings = node.putObject("settings").put("metric", definition.metric());
        definition.denominatorMetric().ifPresent(denominator -> settings.put("denominator_metric", denominator)
                .put("min_volume", definition.minVolume()));
        return node;
    }
}
