package io.podium.api.badges;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.badges.Badge;
import io.podium.badges.BadgeStore;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.wiring.Wiring;

/**
 * DELETE /v3/igr/gamification/{copid}/badges/{id}: the badge is no longer listed, awarded or counted in levels;
 * levels already reached stay.
 */
public final class DeleteBadgeHandler extends ApiHandler {
    private final BadgeStore badges;

    public DeleteBadgeHandler() {
        this(Wiring.aws().badges());
    }

    public DeleteBadgeHandler(BadgeStore badges) {
        super(Access.HUB);
        this.badges = badges;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        if (!badges.delete(request.pathParameter("copid"), request.numericId("id", Badge::notFound))) {
            throw Badge.notFound();
        }
        return ApiResponse.noContent();
    }
}
