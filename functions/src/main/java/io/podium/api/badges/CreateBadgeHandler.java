package io.podium.api.badges;

import io.podium.badges.Badge;
import io.podium.badges.BadgeRequest;
import io.podium.badges.BadgeStore;
import io.podium.http.ApiRequest;
import io.podium.metrics.MetricStore;
import io.podium.recompute.RecomputeQueue;

import java.time.Clock;
import java.time.Instant;

/** POST /v3/igr/gamification/{copid}/badges: defines a badge, then queues its evaluation against the history. */
public final class CreateBadgeHandler extends BadgeWriteHandler {
    public CreateBadgeHandler() {
        super(201);
    }

    public CreateBadgeHandler(BadgeStore badges, MetricStore metrics, RecomputeQueue queue, Clock clock) {
        super(201, badges, metrics, queue, clock);
    }

    @Override
    Badge write(BadgeStore badges, ApiRequest request, Instant now) {
        return badges.create(request.pathParameter("copid"), BadgeRequest.parse(request.body()), now);
    }
}
