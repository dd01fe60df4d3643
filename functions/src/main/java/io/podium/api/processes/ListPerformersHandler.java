package io.podium.api.processes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.processes.ProcessService;
import io.podium.wiring.Wiring;

/** GET /v2/admin/processes/:process_id/performers: a bare array of the performers, in the order they joined, each with their role in each lane. */
public final class ListPerformersHandler extends ProcessHandler {
    public ListPerformersHandler() {
        this(Wiring.aws().processes());
    }

    public ListPerformersHandler(ProcessService processes) {
        super(Access.GAME_READ, processes);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        ArrayNode performers = Json.mapper().createArrayNode();
        processes.find(request.tokenCompany(), pathId(request)).performers()
                .forEach(performer -> performers.add(ProcessJson.performer(performer)));
        return ApiResponse.ok(performers);
    }
}
