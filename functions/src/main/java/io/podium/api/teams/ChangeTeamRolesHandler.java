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

import java.util.List;

/** POST /v2/admin/teams/:team_id/roles: grants and takes away roles of a member; the roles not named stay. */
public final class ChangeTeamRolesHandler extends TeamHandler {
    public ChangeTeamRolesHandler() {
        this(Wiring.aws().teams());
    }

    public ChangeTeamRolesHandler(TeamService teams) {
        super(Access.GAME, teams);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String team = request.pathParameter("team_id");
        List<String> roles = teams.changeRoles(request.tokenCompany(), team, TeamRequest.parseRoles(request.body()));
        ObjectNode body = Json.object().put("message", "You have successfully changed your roles in team " + team);
        roles.forEach(body.putArray("roles")::add);
        return ApiResponse.ok(body);
    }
}
