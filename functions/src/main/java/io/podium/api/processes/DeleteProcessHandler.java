package io.podium.api.processes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.processes.ProcessInstance;
import io.podium.processes.ProcessService;
import io.podium.wiring.Wiring;

/** DELETE /v2/admin/processes/:process_id: deletes the process; the seed's message names its id with the owner. */
public final class DeleteProcessHandler extends ProcessHandler {
    public DeleteProcessHandler() {
        this(Wiring.aws().processes());
    }

    public DeleteProcessHandler(ProcessService processes) {
        super(Access.GAME, processes);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        ProcessInstance deleted = processes.delete(request.tokenCompany(), pathId(request));
        return ApiResponse.ok(Json.object().put("message", "Process '" + deleted.id() + "' has been deleted"));
    }
}
