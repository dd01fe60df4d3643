package io.podium.api.teams;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.teams.TeamRequest;
import io.podium.teams.TeamService;
import io.podium.wiring.Wiring;

/** POST /v2/admin/teams/:team_id/leave: the player is no longer a member. */
public final class LeaveTeamHandler extends TeamHandler {
    public LeaveTeamHandler() {
        this(Wiring.aws().teams());
    }

    public LeaveTeamHandler(TeamService teams) {
        super(Access.GAME, teams);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String team = request.pathParameter("team_id");
        String player = TeamRequest.parseLeave(request.body());
        teams.leave(request.tokenCompany(), team, player);
        return ApiResponse.ok(Json.object().put("message", "The player '" + player + "' has been removed from team '"
                + team + "'"));
    }
}
