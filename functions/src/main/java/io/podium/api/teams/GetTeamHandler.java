package io.podium.api.teams;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.teams.TeamService;
import io.podium.wiring.Wiring;

/** GET /v2/admin/teams/:team_id: the team, with how many members hold each role. */
public final class GetTeamHandler extends TeamHandler {
    public GetTeamHandler() {
        this(Wiring.aws().teams());
    }

    public GetTeamHandler(TeamService teams) {
        super(Access.GAME_READ, teams);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.ok(TeamJson.of(teams.find(request.tokenCompany(), request.pathParameter("team_id"))));
    }
}
