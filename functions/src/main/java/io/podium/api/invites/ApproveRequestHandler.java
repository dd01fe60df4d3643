package io.podium.api.invites;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.invites.Invitations;
import io.podium.wiring.Wiring;

/**
 * POST /v2/admin/requests/:request_id: accepts a join request; the answer is the new player and their driver token,
 * shown this once.
 */
public final class ApproveRequestHandler extends ApiHandler {
    private final Invitations invitations;

    public ApproveRequestHandler() {
        this(Wiring.aws().invitations());
    }

    public ApproveRequestHandler(Invitations invitations) {
        super(Access.GAME);
        this.invitations = invitations;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return InviteJson.admitted(invitations.approve(request.tokenCompany(), request.pathParameter("request_id")));
    }
}
