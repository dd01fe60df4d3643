package io.podium.api.teams;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.teams.TeamRequest;
import io.podium.teams.TeamService;
import io.podium.wiring.Wiring;

/** POST /v2/admin/teams/:team_id/transfer: a member becomes the owner, with the creator roles unless told otherwise; answers the team. */
public final class TransferTeamHandler extends TeamHandler {
    public TransferTeamHandler() {
        this(Wiring.aws().teams());
    }

    public TransferTeamHandler(TeamService teams) {
        super(Access.GAME, teams);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.ok(TeamJson.of(teams.transfer(request.tokenCompany(), request.pathParameter("team_id"),
                TeamRequest.parseTransfer(request.body()))));
    }
}
