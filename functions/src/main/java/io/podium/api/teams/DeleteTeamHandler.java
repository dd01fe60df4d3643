package io.podium.api.teams;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.teams.TeamService;
import io.podium.wiring.Wiring;

/** DELETE /v2/admin/teams/:team_id: disbands the team; every member leaves it. */
public final class DeleteTeamHandler extends TeamHandler {
    public DeleteTeamHandler() {
        this(Wiring.aws().teams());
    }

    public DeleteTeamHandler(TeamService teams) {
        super(Access.GAME, teams);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String id = request.pathParameter("team_id");
        teams.disband(request.tokenCompany(), id);
        return ApiResponse.ok(Json.object().put("message", "Team '" + id + "' disbanded successfully"));
    }
}
