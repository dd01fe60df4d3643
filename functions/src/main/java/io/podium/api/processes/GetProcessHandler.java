package io.podium.api.processes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.processes.ProcessService;
import io.podium.wiring.Wiring;

/** GET /v2/admin/processes/:process_id (the id with its owner, or the bare id when one owner has it): the process. */
public final class GetProcessHandler extends ProcessHandler {
    public GetProcessHandler() {
        this(Wiring.aws().processes());
    }

    public GetProcessHandler(ProcessService processes) {
        super(Access.GAME_READ, processes);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.ok(ProcessJson.of(processes.find(request.tokenCompany(), pathId(request))));
    }
}
