package io.podium.api.processes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.errors.InvalidInput;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.processes.ProcessDefinitionRequest;
import io.podium.processes.ProcessDefinitions;
import io.podium.wiring.Wiring;

/**
 * PUT /v2/admin/definitions/processes/:definition_id (beyond Playoff's seed, whose builder defines processes): defines
 * or redefines a kind of process whole, {@code {"name","lanes":[{"name","roles":[…]}]}}; 201 when new, 200 when
 * replaced.
 */
public final class PutProcessDefinitionHandler extends ApiHandler {
    private final ProcessDefinitions definitions;

    public PutProcessDefinitionHandler() {
        this(Wiring.aws().processDefinitions());
    }

    public PutProcessDefinitionHandler(ProcessDefinitions definitions) {
        super(Access.GAME);
        this.definitions = definitions;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String id = request.pathParameter("definition_id");
        if (!ProcessDefinitionRequest.validName(id)) {
            throw InvalidInput.validationFailed("definition_id", "must be letters, digits and underscores, not starting"
                    + " with a digit, at most 64");
        }
        ProcessDefinitions.Defined defined = definitions.define(request.tokenCompany(),
                ProcessDefinitionRequest.parse(id, request.body()));
        return ApiResponse.json(defined.created() ? 201 : 200, ProcessJson.definition(defined.definition()));
    }
}
