package io.podium.api.badges;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.auth.Caller;
import io.podium.auth.Scope;
import io.podium.badges.BadgeStore;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.wiring.Wiring;

import java.util.Optional;

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
        super(Access.company(Scope.HUB));
        this.badges = badges;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request, Optional<Caller> caller) {
        if (!badges.delete(request.pathParameter("copid"), BadgePath.id(request))) {
            throw BadgePath.notFound();
        }
        return ApiResponse.noContent();
    }
}
