package io.podium.api.gamemetrics;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.gamemetrics.GameMetrics;
import io.podium.gamemetrics.MetricDefinition;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.levels.LevelDefinition;
import io.podium.metrics.Metric;
import io.podium.wiring.Wiring;

/**
 * GET /v2/admin/definitions/metrics (beyond Playoff's seed): the game's point, set and state metrics, then its metrics
 * of daily scores as read-only point metrics, then EASI'R's level points (a read-only point metric) and level (a
 * read-only state metric, level_0 to the top level), in Playoff's list shape.
 */
public final class ListMetricDefinitionsHandler extends ApiHandler {
    private final GameMetrics metrics;

    public ListMetricDefinitionsHandler() {
        this(Wiring.aws().gameMetrics());
    }

    public ListMetricDefinitionsHandler(GameMetrics metrics) {
        super(Access.GAME_READ);
        this.metrics = metrics;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        GameMetrics.Listed listed = metrics.list(request.tokenCompany());
        ObjectNode body = Json.object();
        ArrayNode data = body.putArray("data");
        listed.defined().forEach(definition -> data.add(definition.toJson().put("read_only", false)));
        for (Metric metric : listed.scored()) {
            data.addObject().put("id", metric.name()).put("name", metric.name()).put("type", "point").put("read_only", true);
        }
        // EASI'R's level: its points, and the level as a state metric of its thresholds' states.
        LevelDefinition level = listed.easirLevel();
        data.addObject().put("id", level.metric()).put("name", level.metric()).put("type", "point").put("read_only", true);
        ObjectNode state = data.addObject().put("id", level.state()).put("name", level.name()).put("type", "state");
        ArrayNode states = state.putArray("states");
        level.thresholds().forEach(threshold -> states.addObject().put("name", threshold.state()).put("description", ""));
        state.put("read_only", true);
        return ApiResponse.ok(body.put("total", data.size()));
    }
}
