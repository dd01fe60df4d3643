package io.podium.api.activity;

import io.podium.activity.ActivityFeeds;
import io.podium.activity.ActivityPage;
import io.podium.activity.ActivityWindow;
import io.podium.activity.FeedPosition;
import io.podium.http.ApiRequest;
import io.podium.wiring.Wiring;

import java.time.Clock;
import java.util.Optional;

/**
 * GET /v2/admin/teams/:team_id/activity?start&end: the team's own events (joins, leaves, roles, transfers) and its
 * members' events while they were members; 404 team_not_found.
 */
public final class GetTeamActivityHandler extends ActivityHandler {
    public GetTeamActivityHandler() {
        this(Wiring.aws().activity(), Wiring.aws().clock());
    }

    public GetTeamActivityHandler(ActivityFeeds feeds, Clock clock) {
        super(feeds, clock);
    }

    @Override
    protected ActivityPage read(String copid, ApiRequest request, ActivityWindow window, Optional<FeedPosition> after) {
        return feeds.team(copid, request.pathParameter("team_id"), window, after);
    }
}
