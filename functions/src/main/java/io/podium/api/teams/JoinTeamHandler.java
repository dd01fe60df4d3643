package io.podium.api.teams;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.teams.TeamRequest;
import io.podium.teams.TeamService;
import io.podium.wiring.Wiring;

/** POST /v2/admin/teams/:team_id/join: the player becomes a member with the roles granted, answered as the seed does (each role granted, with 0). */
public final class JoinTeamHandler extends TeamHandler {
    public JoinTeamHandler() {
        this(Wiring.aws().teams());
    }

    public JoinTeamHandler(TeamService teams) {
        super(Access.GAME, teams);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        ObjectNode granted = Json.object();
        teams.join(request.tokenCompany(), request.pathParameter("team_id"), TeamRequest.parseRoles(request.body()))
                .forEach(role -> granted.put(role, 0));
        return ApiResponse.ok(granted);
    }
}
