package io.podium.api.teams;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.paging.SkipLimit;
import io.podium.teams.TeamPage;
import io.podium.teams.TeamService;
import io.podium.wiring.Wiring;

/** GET /v2/admin/teams?skip=S&limit=N: the game's teams by id, in the seed's list shape, and how many it has. */
public final class ListTeamsHandler extends TeamHandler {
    public ListTeamsHandler() {
        this(Wiring.aws().teams());
    }

    public ListTeamsHandler(TeamService teams) {
        super(Access.GAME_READ, teams);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        SkipLimit page = SkipLimit.parse(request.query("skip"), request.query("limit"), MAX_LIMIT);
        String copid = request.tokenCompany();
        TeamPage listed = teams.list(copid, page.skip(), page.limit());
        ObjectNode body = Json.data(listed.teams().stream(), team -> TeamJson.listed(team, copid));
        return ApiResponse.ok(body.put("total", listed.total()));
    }
}
