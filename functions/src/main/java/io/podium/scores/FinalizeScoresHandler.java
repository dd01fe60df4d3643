package io.podium.scores;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.auth.Caller;
import io.podium.auth.Scope;
import io.podium.config.AwsClients;
import io.podium.http.Access;
import io.podium.http.ApiError;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricJson;
import io.podium.queue.SqsRecomputeQueue;
import io.podium.store.DynamoDbMetricStore;

import java.time.Clock;
import java.util.Optional;

/** POST /v3/igr/gamification/{copid}/scores/finalize. */
public final class FinalizeScoresHandler extends ApiHandler {
    private final Finalizer finalizer;

    public FinalizeScoresHandler() {
        this(new Finalizer(DynamoDbMetricStore.fromEnvironment(AwsClients.dynamoDb()),
                SqsRecomputeQueue.fromEnvironment(AwsClients.sqs()), Clock.systemUTC()));
    }

    public FinalizeScoresHandler(Finalizer finalizer) {
        super(Access.company(Scope.SCORES_FINALIZE));
        this.finalizer = finalizer;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request, Optional<Caller> caller) {
        FinalizeRequest finalize = FinalizeRequest.parse(request.body());
        try {
            Metric metric = finalizer.finalizeThrough(request.pathParameter("copid"), finalize.metric(), finalize.date());
            return ApiResponse.ok(MetricJson.of(metric));
        } catch (EnqueueFailedException notQueued) {
            throw ApiError.busy("recompute_not_queued", "The cut-off is saved but the leaderboard recompute could "
                    + "not be queued; retry the same request.", RETRY_AFTER_SECONDS);
        }
    }
}
