package io.podium.api.activity;

import io.podium.activity.ActivityFeeds;
import io.podium.activity.ActivityPage;
import io.podium.activity.ActivityWindow;
import io.podium.activity.FeedPosition;
import io.podium.http.ApiRequest;
import io.podium.wiring.Wiring;

import java.time.Clock;
import java.util.Optional;

/** GET /v2/admin/activity?start&end: the game's activity feed, every event of the company (company-wide ones without actor). */
public final class GetActivityHandler extends ActivityHandler {
    public GetActivityHandler() {
        this(Wiring.aws().activity(), Wiring.aws().clock());
    }

    public GetActivityHandler(ActivityFeeds feeds, Clock clock) {
        super(feeds, clock);
    }

    @Override
    protected ActivityPage read(String copid, ApiRequest request, ActivityWindow window, Optional<FeedPosition> after) {
        return feeds.game(copid, window, after);
    }
}
