package io.podium.api.badges;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.badges.BadgeStore;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.wiring.Wiring;

/** GET /v3/igr/gamification/{copid}/badges: every badge definition of the company, by id. */
public final class ListBadgesHandler extends ApiHandler {
    private final BadgeStore badges;

    public ListBadgesHandler() {
        this(Wiring.aws().badges());
    }

    public ListBadgesHandler(BadgeStore badges) {
        super(Access.READ_OR_HUB);
        this.badges = badges;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.ok(Json.data(badges.list(request.pathParameter("copid")).stream(), BadgeJson::of));
    }
}
