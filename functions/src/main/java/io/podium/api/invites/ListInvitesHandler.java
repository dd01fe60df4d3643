package io.podium.api.invites;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.invites.Invitations;
import io.podium.paging.SkipLimit;
import io.podium.wiring.Wiring;

/** GET /v2/admin/invites?skip=S&limit=N: the game's pending invitations, by address, and how many there are. */
public final class ListInvitesHandler extends ApiHandler {
    static final int MAX_LIMIT = 100;

    private final Invitations invitations;

    public ListInvitesHandler() {
        this(Wiring.aws().invitations());
    }

    public ListInvitesHandler(Invitations invitations) {
        super(Access.GAME_READ);
        this.invitations = invitations;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        SkipLimit page = SkipLimit.parse(request.query("skip"), request.query("limit"), MAX_LIMIT);
        return ApiResponse.ok(InviteJson.listing(invitations.invites(request.tokenCompany(), page.skip(), page.limit()),
                InviteJson::invite));
    }
}
