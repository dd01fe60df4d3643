package io.podium.api.processes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.processes.ProcessRequest;
import io.podium.processes.ProcessService;
import io.podium.wiring.Wiring;

/** POST /v2/admin/processes/:process_id/join: the player performs with the role asked for in each lane named; answers the roles granted ({@code {"<lane>":"<role>"}}), or those held when they performed already. */
public final class JoinProcessHandler extends ProcessHandler {
    public JoinProcessHandler() {
        this(Wiring.aws().processes());
    }

    public JoinProcessHandler(ProcessService processes) {
        super(Access.GAME, processes);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.ok(ProcessJson.roles(processes.join(request.tokenCompany(), pathId(request),
                ProcessRequest.parseRoles(request.body()))));
    }
}
