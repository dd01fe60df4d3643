package io.podium.api.ranks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.http.ApiRequest;
import io.podium.http.SeedTime;
import io.podium.json.Json;
import io.podium.ranks.Rank;
import io.podium.ranks.RankDefinition;
import io.podium.ranks.SeedRank;

import java.util.Optional;

/**
 * A rank in the EASI'R shape. On EASI'R's own routes {@code team_id} is the team's integer id, or null for a rank of
 * the whole company; on Podium's it is the company, as it always was.
 */
final class RankJson {
    private RankJson() {
    }

    static ObjectNode of(Rank rank, ApiRequest request) {
        return json(rank, request, Optional.empty());
    }

    private static ObjectNode json(Rank rank, ApiRequest request, Optional<ObjectNode> settings) {
        ObjectNode node = Json.object().put("id", rank.id());
        if (request.isSignedInRoute()) {
            rank.definition().team().ifPresentOrElse(team -> node.put("team_id", team.number()), () -> node.putNull("team_id"));
        } else {
            node.put("team_id", rank.copid());
        }
        node.put("name", rank.definition().name()).put("icon", rank.definition().icon());
        node.putObject("rule").put("name", rank.definition().ruleName());
        settings.ifPresent(given -> node.set("settings", given));
        return node.put("created_at", SeedTime.format(rank.createdAt()))
                .put("updated_at", SeedTime.format(rank.updatedAt()));
    }

    /**
     * With the settings it ranks by, for the one-rank read: the metrics Podium computes it from and, for EASI'R's
     * conversion rate, the relations path and milestone it was created with. Podium cannot read EASI'R's CRM: what
     * only the CRM knows of the path is there, empty, so that a client that reads it does not break.
     */
    static ObjectNode withSettings(Rank rank, ApiRequest request) {
        RankDefinition definition = rank.definition();
        ObjectNode settings = Json.object().put("metric", definition.metric());
        definition.denominatorMetric().ifPresent(denominator -> settings.put("denominator_metric", denominator)
                .put("min_volume", definition.minVolume()));
        definition.seed().filter(seed -> seed.relationsPathId().isPresent()).ifPresent(seed -> relations(settings, seed));
        return json(rank, request, Optional.of(settings));
    }

    private static void relations(ObjectNode settings, SeedRank seed) {
        ObjectNode path = settings.putObject("relations_path").put("id", seed.relationsPathId().orElseThrow());
        path.putNull("name").putNull("is_sales_type");
        ObjectNode types = path.putObject("activity_types");
        types.putArray("milestones");
        types.putArray("supportive");
        path.putNull("created_at").putNull("updated_at");
        settings.put("milestone_id", seed.milestoneId().orElseThrow());
    }
}
