package io.podium.api.teams;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.paging.SearchQuery;
import io.podium.teams.TeamHit;
import io.podium.teams.TeamService;
import io.podium.wiring.Wiring;

/** GET /v2/admin/query/teams?pattern=P&skip=S&limit=N: a bare array of {id, name} of the teams whose name has a word, or whose id, that starts with the pattern, case and accents aside. */
public final class SearchTeamsHandler extends TeamHandler {
    public SearchTeamsHandler() {
        this(Wiring.aws().teams());
    }

    public SearchTeamsHandler(TeamService teams) {
        super(Access.GAME_READ, teams);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        SearchQuery query = SearchQuery.parse(request.query("pattern"), request.query("skip"), request.query("limit"),
                MAX_LIMIT);
        ArrayNode hits = Json.object().arrayNode();
        for (TeamHit hit : teams.search(request.tokenCompany(), query.pattern(), query.page().skip(), query.page().limit())) {
            hits.addObject().put("id", hit.id()).put("name", hit.name());
        }
        return ApiResponse.ok(hits);
    }
}
