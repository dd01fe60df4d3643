package io.podium.api.invites;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.invites.Invitations;
import io.podium.paging.SkipLimit;
import io.podium.wiring.Wiring;

/** GET /v2/admin/requests?skip=S&limit=N: the game's pending join requests, oldest first, and how many there are. */
public final class ListRequestsHandler extends ApiHandler {
    private final Invitations invitations;

    public ListRequestsHandler() {
        this(Wiring.aws().invitations());
    }

    public ListRequestsHandler(Invitations invitations) {
        super(Access.GAME_READ);
        this.invitations = invitations;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        SkipLimit page = SkipLimit.parse(request.query("skip"), request.query("limit"), ListInvitesHandler.MAX_LIMIT);
        return ApiResponse.ok(InviteJson.listing(invitations.requests(request.tokenCompany(), page.skip(), page.limit()),
                InviteJson::request));
    }
}
