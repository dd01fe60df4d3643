package io.podium.api.badges;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.badges.Badge;
import io.podium.badges.BadgeEvaluation;
import io.podium.badges.BadgeStore;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.metrics.MetricStore;
import io.podium.recompute.RecomputeQueue;
import io.podium.recompute.Reevaluation;
import io.podium.wiring.Wiring;

import java.time.Clock;
import java.time.Instant;

/** POST and PUT of a badge: save the parsed definition, then queue its evaluation against the finalized history. */
abstract class BadgeWriteHandler extends ApiHandler {
    private final int status;
    private final BadgeStore badges;
    private final BadgeEvaluation evaluation;
    private final Clock clock;

    /** On the function's Engagement and Metrics tables and recompute queue. */
    BadgeWriteHandler(int status) {
        this(status, Wiring.aws().badges(), Wiring.aws().metrics(), Wiring.aws().recomputeQueue(), Wiring.aws().clock());
    }

    BadgeWriteHandler(int status, BadgeStore badges, MetricStore metrics, RecomputeQueue queue, Clock clock) {
        super(Access.HUB);
        this.status = status;
        this.badges = badges;
        this.evaluation = new BadgeEvaluation(metrics, new Reevaluation(queue));
        this.clock = clock;
    }

    @Override
    protected final APIGatewayProxyResponseEvent handle(ApiRequest request) {
        Badge badge = write(badges, request, clock.instant());
        evaluation.of(badge);
        return ApiResponse.json(status, BadgeJson.of(badge));
    }

    abstract Badge write(BadgeStore badges, ApiRequest request, Instant now);
}
