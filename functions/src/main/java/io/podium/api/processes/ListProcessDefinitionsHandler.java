package io.podium.api.processes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.processes.ProcessDefinition;
import io.podium.processes.ProcessDefinitions;
import io.podium.wiring.Wiring;

import java.util.List;

/**
 * GET /v2/admin/definitions/processes (beyond Playoff's seed): every process definition of the game, by id, in
 * Playoff's list shape.
 */
public final class ListProcessDefinitionsHandler extends ApiHandler {
    private final ProcessDefinitions definitions;

    public ListProcessDefinitionsHandler() {
        this(Wiring.aws().processDefinitions());
    }

    public ListProcessDefinitionsHandler(ProcessDefinitions definitions) {
        super(Access.GAME_READ);
        this.definitions = definitions;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        List<ProcessDefinition> all = definitions.list(request.tokenCompany());
        ObjectNode body = Json.data(all.stream(), ProcessJson::definition);
        return ApiResponse.ok(body.put("total", all.size()));
    }
}
