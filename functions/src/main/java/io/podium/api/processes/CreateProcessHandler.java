package io.podium.api.processes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.processes.ProcessRequest;
import io.podium.processes.ProcessService;
import io.podium.wiring.Wiring;

/** POST /v2/admin/processes: a process of a definition, owned by the player named, who performs in its first lane's first role; 201 with the process, whose id is {@code <owner>/<id>}. */
public final class CreateProcessHandler extends ProcessHandler {
    public CreateProcessHandler() {
        this(Wiring.aws().processes());
    }

    public CreateProcessHandler(ProcessService processes) {
        super(Access.GAME, processes);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.json(201, ProcessJson.of(processes.create(request.tokenCompany(),
                ProcessRequest.parseNew(request.body()))));
    }
}
