package io.podium.api.activity;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.activity.ActivityFeeds;
import io.podium.activity.ActivityPage;
import io.podium.activity.ActivityWindow;
import io.podium.activity.FeedPosition;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * A route of Playoff's activity feeds ({@code GET /v2/admin/activity}, {@code …/players/:player_id/activity},
 * {@code …/teams/:team_id/activity}, {@code …/processes/:process_id/activity}): {@code start} and {@code end} name the window ({@link ActivityWindow}), the
 * answer is the seed's bare array of events, newest first, at most {@value ActivityFeeds#PAGE}; when the window holds
 * more, {@code Link: <…>; rel="next"} (RFC 8288) names the next page: the same path (with the stage, as the client
 * called it) with the window's {@code start} and {@code end} as they were resolved, and a {@code cursor}. The token
 * is never put in the link: a client sending {@code ?access_token=} adds it again.
 */
public abstract class ActivityHandler extends ApiHandler {
    protected final ActivityFeeds feeds;
    private final Clock clock;

    protected ActivityHandler(ActivityFeeds feeds, Clock clock) {
        super(Access.GAME_READ);
        this.feeds = feeds;
        this.clock = clock;
    }

    @Override
    protected final APIGatewayProxyResponseEvent handle(ApiRequest request) {
        ActivityWindow window = ActivityWindow.of(request.query("start"), request.query("end"), clock.instant());
        Optional<FeedPosition> after = FeedPosition.ofCursor(request.query("cursor"));
        ActivityPage page = read(request.tokenCompany(), request, window, after);
        APIGatewayProxyResponseEvent response = ApiResponse.ok(ActivityJson.page(page));
        page.next().ifPresent(next -> response.getHeaders().put("Link", "<" + request.publicPath()
                + "?start=" + encoded(window.startText()) + "&end=" + encoded(window.endText())
                + "&cursor=" + encoded(next.cursor()) + ">; rel=\"next\""));
        return response;
    }

    /** The page of this route's feed. */
    protected abstract ActivityPage read(String copid, ApiRequest request, ActivityWindow window,
                                         Optional<FeedPosition> after);

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
