package io.podium.api.processes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.paging.SkipLimit;
import io.podium.processes.ProcessPage;
import io.podium.processes.ProcessService;
import io.podium.wiring.Wiring;

/** GET /v2/admin/processes?skip=S&limit=N: the game's processes by id, in the seed's list shape, and how many it has. */
public final class ListProcessesHandler extends ProcessHandler {
    public ListProcessesHandler() {
        this(Wiring.aws().processes());
    }

    public ListProcessesHandler(ProcessService processes) {
        super(Access.GAME_READ, processes);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        SkipLimit page = SkipLimit.parse(request.query("skip"), request.query("limit"), MAX_LIMIT);
        String copid = request.tokenCompany();
        ProcessPage listed = processes.list(copid, page.skip(), page.limit());
        ObjectNode body = Json.data(listed.processes().stream(), process -> ProcessJson.listed(process, copid));
        return ApiResponse.ok(body.put("total", listed.total()));
    }
}
