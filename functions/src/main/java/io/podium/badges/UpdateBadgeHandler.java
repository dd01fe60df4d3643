package io.podium.badges;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.auth.Caller;
import io.podium.auth.Scope;
import io.podium.config.AwsClients;
import io.podium.engagement.Reevaluation;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.metrics.MetricStore;
import io.podium.queue.SqsRecomputeQueue;
import io.podium.scores.RecomputeQueue;
import io.podium.store.DynamoDbBadgeStore;
import io.podium.store.DynamoDbMetricStore;

import java.time.Clock;
import java.util.Optional;

/**
 * PUT /v3/igr/gamification/{copid}/badges/{id}: replaces a badge's definition. Badges already awarded stay awarded;
 * the new rule is evaluated against the history.
 */
public final class UpdateBadgeHandler extends ApiHandler {
    private final BadgeStore badges;
    private final BadgeEvaluation evaluation;
    private final Clock clock;

    public UpdateBadgeHandler() {
        this(DynamoDbBadgeStore.fromEnvironment(AwsClients.dynamoDb()), DynamoDbMetricStore.fromEnvironment(AwsClients.dynamoDb()),
                SqsRecomputeQueue.fromEnvironment(AwsClients.sqs()), Clock.systemUTC());
    }

    public UpdateBadgeHandler(BadgeStore badges, MetricStore metrics, RecomputeQueue queue, Clock clock) {
        super(Access.company(Scope.HUB));
        this.badges = badges;
        this.evaluation = new BadgeEvaluation(metrics, new Reevaluation(queue));
        this.clock = clock;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request, Optional<Caller> caller) {
        long id = BadgePath.id(request);
        BadgeDefinition definition = BadgeRequest.parse(request.body());
        Badge badge = badges.update(request.pathParameter("copid"), id, definition, clock.instant())
                .orElseThrow(BadgePath::notFound);
        evaluation.of(badge);
        return ApiResponse.ok(BadgeJson.of(badge));
    }
}
