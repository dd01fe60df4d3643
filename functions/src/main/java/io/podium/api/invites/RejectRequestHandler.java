package io.podium.api.invites;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.invites.Invitations;
import io.podium.json.Json;
import io.podium.wiring.Wiring;

/** DELETE /v2/admin/requests/:request_id: rejects a join request, which goes. */
public final class RejectRequestHandler extends ApiHandler {
    private final Invitations invitations;

    public RejectRequestHandler() {
        this(Wiring.aws().invitations());
    }

    public RejectRequestHandler(Invitations invitations) {
        super(Access.GAME);
        this.invitations = invitations;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        invitations.reject(request.tokenCompany(), request.pathParameter("request_id"));
        return ApiResponse.ok(Json.object().put("message", "Request rejected successfully"));
    }
}
