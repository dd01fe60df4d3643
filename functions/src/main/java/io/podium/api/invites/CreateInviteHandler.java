package io.podium.api.invites;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.invites.Invitations;
import io.podium.invites.IssuedInvite;
import io.podium.invites.NewInvite;
import io.podium.wiring.Wiring;

/**
 * POST /v2/admin/invites: invites an address; the answer carries the one-time {@code code}, which the caller hands to
 * the invitee (Podium sends no email) and which is shown this once.
 */
public final class CreateInviteHandler extends ApiHandler {
    private final Invitations invitations;

    public CreateInviteHandler() {
        this(Wiring.aws().invitations());
    }

    public CreateInviteHandler(Invitations invitations) {
        super(Access.GAME);
        this.invitations = invitations;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        IssuedInvite issued = invitations.invite(request.tokenCompany(), NewInvite.parse(request.body()));
        return InviteJson.secret(ApiResponse.json(201, InviteJson.invite(issued.invite()).put("code", issued.code())));
    }
}
