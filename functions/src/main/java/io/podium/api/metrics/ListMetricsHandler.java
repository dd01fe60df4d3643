package io.podium.api.metrics;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.metrics.MetricStore;
import io.podium.wiring.Wiring;

/** GET /v3/igr/gamification/{copid}/metrics. */
public final class ListMetricsHandler extends ApiHandler {
    private final MetricStore metrics;

    public ListMetricsHandler() {
        this(Wiring.aws().metrics());
    }

    public ListMetricsHandler(MetricStore metrics) {
        super(Access.READ);
        this.metrics = metrics;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.ok(Json.data(metrics.list(request.pathParameter("copid")).stream(), MetricJson::of));
    }
}
