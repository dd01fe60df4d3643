package io.podium.api.invites;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.invites.Invitations;
import io.podium.invites.NewInvite;
import io.podium.json.Json;
import io.podium.wiring.Wiring;

/** DELETE /v2/admin/invites?email=: cancels the address's invitation; its code names nothing from then on. */
public final class CancelInviteHandler extends ApiHandler {
    private final Invitations invitations;

    public CancelInviteHandler() {
        this(Wiring.aws().invitations());
    }

    public CancelInviteHandler(Invitations invitations) {
        super(Access.GAME);
        this.invitations = invitations;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        invitations.cancel(request.tokenCompany(), NewInvite.email(request.query("email")));
        return ApiResponse.ok(Json.object().put("message", "Invitation cancelled successfully"));
    }
}
