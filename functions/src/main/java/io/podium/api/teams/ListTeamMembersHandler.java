package io.podium.api.teams;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.paging.SkipLimit;
import io.podium.teams.MemberPage;
import io.podium.teams.TeamService;
import io.podium.wiring.Wiring;

/** GET /v2/admin/teams/:team_id/members?skip=S&limit=N: the members by id, with their aliases, and how many. */
public final class ListTeamMembersHandler extends TeamHandler {
    public ListTeamMembersHandler() {
        this(Wiring.aws().teams());
    }

    public ListTeamMembersHandler(TeamService teams) {
        super(Access.GAME_READ, teams);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        SkipLimit page = SkipLimit.parse(request.query("skip"), request.query("limit"), MAX_LIMIT);
        MemberPage members = teams.members(request.tokenCompany(), request.pathParameter("team_id"), page.skip(),
                page.limit());
        ObjectNode body = Json.data(members.members().stream(),
                member -> Json.object().put("id", member.id()).put("alias", member.alias()));
        return ApiResponse.ok(body.put("total", members.total()));
    }
}
