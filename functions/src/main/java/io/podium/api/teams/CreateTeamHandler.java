package io.podium.api.teams;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.teams.TeamRequest;
import io.podium.teams.TeamService;
import io.podium.wiring.Wiring;

/** POST /v2/admin/teams: a team of a definition, with no member and no owner yet; 201 with the team. */
public final class CreateTeamHandler extends TeamHandler {
    public CreateTeamHandler() {
        this(Wiring.aws().teams());
    }

    public CreateTeamHandler(TeamService teams) {
        super(Access.GAME, teams);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.json(201, TeamJson.of(teams.create(request.tokenCompany(), TeamRequest.parseNew(request.body()))));
    }
}
