package io.podium.api.processes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.processes.ProcessRequest;
import io.podium.processes.ProcessService;
import io.podium.wiring.Wiring;

/** POST /v2/admin/processes/:process_id/roles: sets a performer's role in each lane named; answers the role held in each lane. */
public final class ChangeProcessRolesHandler extends ProcessHandler {
    public ChangeProcessRolesHandler() {
        this(Wiring.aws().processes());
    }

    public ChangeProcessRolesHandler(ProcessService processes) {
        super(Access.GAME, processes);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.ok(ProcessJson.roles(processes.changeRoles(request.tokenCompany(), pathId(request),
                ProcessRequest.parseRoles(request.body()))));
    }
}
