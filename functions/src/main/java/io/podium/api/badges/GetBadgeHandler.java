package io.podium.api.badges;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.badges.Badge;
import io.podium.badges.BadgeStore;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.wiring.Wiring;

/** GET /v3/igr/gamification/{copid}/badges/{id}: one badge definition. */
public final class GetBadgeHandler extends ApiHandler {
    private final BadgeStore badges;

    public GetBadgeHandler() {
        this(Wiring.aws().badges());
    }

    public GetBadgeHandler(BadgeStore badges) {
        super(Access.READ_OR_HUB);
        this.badges = badges;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.ok(BadgeJson.of(badges.find(request.pathParameter("copid"), request.numericId("id", Badge::notFound))
                .orElseThrow(Badge::notFound)));
    }
}
