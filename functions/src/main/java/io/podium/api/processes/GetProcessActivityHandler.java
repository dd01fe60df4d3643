package io.podium.api.processes;

import io.podium.activity.ActivityFeeds;
import io.podium.activity.ActivityPage;
import io.podium.activity.ActivityWindow;
import io.podium.activity.FeedPosition;
import io.podium.api.activity.ActivityHandler;
import io.podium.http.ApiRequest;
import io.podium.wiring.Wiring;

import java.time.Clock;
import java.util.Optional;

/**
 * GET /v2/admin/processes/:process_id/activity?start&end (with the owner or the bare id): the process's own events
 * (created, joins, leaves, roles, transfers); 404 process_not_found, 409 process_ambiguous.
 */
public final class GetProcessActivityHandler extends ActivityHandler {
    public GetProcessActivityHandler() {
        this(Wiring.aws().activity(), Wiring.aws().clock());
    }

    public GetProcessActivityHandler(ActivityFeeds feeds, Clock clock) {
        super(feeds, clock);
    }

    @Override
    protected ActivityPage read(String copid, ApiRequest request, ActivityWindow window, Optional<FeedPosition> after) {
        return feeds.process(copid, ProcessHandler.pathId(request), window, after);
    }
}
