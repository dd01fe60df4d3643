package io.podium.api.scores;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.api.metrics.MetricJson;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.metrics.Metric;
import io.podium.scores.FinalizeRequest;
import io.podium.scores.Finalizer;
import io.podium.wiring.Wiring;

/** POST /v3/igr/gamification/{copid}/scores/finalize. */
public final class FinalizeScoresHandler extends ApiHandler {
    private final Finalizer finalizer;

    public FinalizeScoresHandler() {
        this(Wiring.aws().finalizer());
    }

    public FinalizeScoresHandler(Finalizer finalizer) {
        super(Access.SCORES_FINALIZE);
        this.finalizer = finalizer;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        FinalizeRequest finalize = FinalizeRequest.parse(request.body());
        Metric metric = finalizer.finalizeThrough(request.pathParameter("copid"), finalize.metric(), finalize.date());
        return ApiResponse.ok(MetricJson.of(metric));
    }
}
