package io.podium.api.invites;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.invites.Acceptance;
import io.podium.invites.Invitations;
import io.podium.json.Json;
import io.podium.wiring.Wiring;

/**
 * POST /v2/invites/:code/accept, public: the code is the credential. When the company's invitations need approval,
 * 202 with the join request ({@code {"request":{…}}}); when they need none, 201 with the player and their driver token,
 * as an approval answers.
 */
public final class AcceptInviteHandler extends ApiHandler {
    private final Invitations invitations;

    public AcceptInviteHandler() {
        this(Wiring.aws().invitations());
    }

    public AcceptInviteHandler(Invitations invitations) {
        super(Access.OPEN);
        this.invitations = invitations;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        Acceptance acceptance = invitations.accept(request.pathParameter("code"));
        if (acceptance instanceof Acceptance.Requested requested) {
            return ApiResponse.json(202, Json.object().set("request", InviteJson.request(requested.request())));
        }
        return InviteJson.admitted(((Acceptance.Admitted) acceptance).admission());
    }
}
