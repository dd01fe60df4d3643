package io.podium.api.badges;

import io.podium.badges.Badge;
import io.podium.badges.BadgeDefinition;
import io.podium.badges.BadgeRequest;
import io.podium.badges.BadgeStore;
import io.podium.http.ApiRequest;
import io.podium.metrics.MetricStore;
import io.podium.recompute.RecomputeQueue;

import java.time.Clock;
import java.time.Instant;

/**
 * PUT /v3/igr/gamification/{copid}/badges/{id}: replaces a badge's definition. Badges already awarded stay awarded;
 * the new rule is evaluated against the history.
 */
public final class UpdateBadgeHandler extends BadgeWriteHandler {
    public UpdateBadgeHandler() {
        super(200);
    }

    public UpdateBadgeHandler(BadgeStore badges, MetricStore metrics, RecomputeQueue queue, Clock clock) {
        super(200, badges, metrics, queue, clock);
    }

    @Override
    Badge write(BadgeStore badges, ApiRequest request, Instant now) {
        long id = request.numericId("id", Badge::notFound);
        BadgeDefinition definition = BadgeRequest.parse(request.body());
        return badges.update(request.pathParameter("copid"), id, definition, now).orElseThrow(Badge::notFound);
    }
}
