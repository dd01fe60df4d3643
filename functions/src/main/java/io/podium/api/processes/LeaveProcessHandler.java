package io.podium.api.processes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.processes.ProcessId;
import io.podium.processes.ProcessRequest;
import io.podium.processes.ProcessService;
import io.podium.wiring.Wiring;

/** POST /v2/admin/processes/:process_id/leave: the player performs no more (a repeated leave is answered the same). */
public final class LeaveProcessHandler extends ProcessHandler {
    public LeaveProcessHandler() {
        this(Wiring.aws().processes());
    }

    public LeaveProcessHandler(ProcessService processes) {
        super(Access.GAME, processes);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String player = ProcessRequest.parseLeave(request.body());
        ProcessId id = processes.leave(request.tokenCompany(), pathId(request), player);
        return ApiResponse.ok(Json.object().put("message", "The player '" + player + "' has been removed from process '"
                + id + "'"));
    }
}
