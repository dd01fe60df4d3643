package io.podium.api.processes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.processes.ProcessRequest;
import io.podium.processes.ProcessService;
import io.podium.wiring.Wiring;

/** POST /v2/admin/processes/:process_id/transfer: the player named becomes the owner (a performer, with the roles given); answers the process. */
public final class TransferProcessHandler extends ProcessHandler {
    public TransferProcessHandler() {
        this(Wiring.aws().processes());
    }

    public TransferProcessHandler(ProcessService processes) {
        super(Access.GAME, processes);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.ok(ProcessJson.of(processes.transfer(request.tokenCompany(), pathId(request),
                ProcessRequest.parseTransfer(request.body()))));
    }
}
