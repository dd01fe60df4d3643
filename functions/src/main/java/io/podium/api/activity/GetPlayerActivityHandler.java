package io.podium.api.activity;

import io.podium.activity.ActivityFeeds;
import io.podium.activity.ActivityPage;
import io.podium.activity.ActivityWindow;
import io.podium.activity.FeedPosition;
import io.podium.http.ApiRequest;
import io.podium.wiring.Wiring;

import java.time.Clock;
import java.util.Optional;

/** GET /v2/admin/players/:player_id/activity?start&end: the events whose actor is the player; 404 player_not_found. */
public final class GetPlayerActivityHandler extends ActivityHandler {
    public GetPlayerActivityHandler() {
        this(Wiring.aws().activity(), Wiring.aws().clock());
    }

    public GetPlayerActivityHandler(ActivityFeeds feeds, Clock clock) {
        super(feeds, clock);
    }

    @Override
    protected ActivityPage read(String copid, ApiRequest request, ActivityWindow window, Optional<FeedPosition> after) {
        return feeds.player(copid, request.pathParameter("player_id"), window, after);
    }
}
