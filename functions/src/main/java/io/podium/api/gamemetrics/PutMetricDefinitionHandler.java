package io.podium.api.gamemetrics;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.gamemetrics.GameMetrics;
import io.podium.gamemetrics.MetricDefinitionRequest;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.wiring.Wiring;

/**
 * PUT /v2/admin/definitions/metrics/:metric_id (beyond Playoff's seed, whose builder defines metrics): defines or
 * redefines a point, set or state metric whole; 201 when new, 200 when replaced.
 */
public final class PutMetricDefinitionHandler extends ApiHandler {
    private final GameMetrics metrics;

    public PutMetricDefinitionHandler() {
        this(Wiring.aws().gameMetrics());
    }

    public PutMetricDefinitionHandler(GameMetrics metrics) {
        super(Access.GAME);
        this.metrics = metrics;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String id = MetricDefinitionRequest.pathId("metric_id", request.pathParameter("metric_id"));
        GameMetrics.Defined defined = metrics.define(request.tokenCompany(), MetricDefinitionRequest.parse(id, request.body()));
        return ApiResponse.json(defined.created() ? 201 : 200, defined.definition().toJson());
    }
}
