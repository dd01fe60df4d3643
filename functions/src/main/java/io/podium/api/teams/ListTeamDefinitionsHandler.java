package io.podium.api.teams;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.teams.TeamDefinition;
import io.podium.teams.TeamDefinitions;
import io.podium.wiring.Wiring;

import java.util.List;

/**
 * GET /v2/admin/definitions/teams (beyond Playoff's seed): every team definition of the game, by id, in Playoff's
 * list shape.
 */
public final class ListTeamDefinitionsHandler extends ApiHandler {
    private final TeamDefinitions definitions;

    public ListTeamDefinitionsHandler() {
        this(Wiring.aws().teamDefinitions());
    }

    public ListTeamDefinitionsHandler(TeamDefinitions definitions) {
        super(Access.GAME_READ);
        this.definitions = definitions;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        List<TeamDefinition> all = definitions.list(request.tokenCompany());
        ObjectNode body = Json.data(all.stream(), TeamDefinitionJson::of);
        return ApiResponse.ok(body.put("total", all.size()));
    }
}
