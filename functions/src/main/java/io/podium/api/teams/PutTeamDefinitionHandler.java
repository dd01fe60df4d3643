package io.podium.api.teams;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.errors.InvalidInput;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.teams.TeamDefinitionRequest;
import io.podium.teams.TeamDefinitions;
import io.podium.wiring.Wiring;

/**
 * PUT /v2/admin/definitions/teams/:definition_id (beyond Playoff's seed, whose builder defines teams): defines or
 * redefines a kind of team whole; 201 when new, 200 when replaced.
 */
public final class PutTeamDefinitionHandler extends ApiHandler {
    private final TeamDefinitions definitions;

    public PutTeamDefinitionHandler() {
        this(Wiring.aws().teamDefinitions());
    }

    public PutTeamDefinitionHandler(TeamDefinitions definitions) {
        super(Access.GAME);
        this.definitions = definitions;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String id = request.pathParameter("definition_id");
        if (!TeamDefinitionRequest.validId(id)) {
            throw InvalidInput.validationFailed("definition_id", "must be letters, digits and underscores, not starting"
                    + " with a digit, at most 64");
        }
        TeamDefinitions.Defined defined = definitions.define(request.tokenCompany(),
                TeamDefinitionRequest.parse(id, request.body()));
        return ApiResponse.json(defined.created() ? 201 : 200, TeamDefinitionJson.of(defined.definition()));
    }
}
