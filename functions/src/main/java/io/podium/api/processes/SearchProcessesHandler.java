package io.podium.api.processes;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.paging.SearchQuery;
import io.podium.processes.ProcessHit;
import io.podium.processes.ProcessService;
import io.podium.wiring.Wiring;

/** GET /v2/admin/query/processes?pattern=P&skip=S&limit=N: a bare array of {id, name} of the processes whose name has a word, or whose id, that starts with the pattern, case and accents aside. */
public final class SearchProcessesHandler extends ProcessHandler {
    public SearchProcessesHandler() {
        this(Wiring.aws().processes());
    }

    public SearchProcessesHandler(ProcessService processes) {
        super(Access.GAME_READ, processes);
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        SearchQuery query = SearchQuery.parse(request.query("pattern"), request.query("skip"), request.query("limit"),
                MAX_LIMIT);
        ArrayNode hits = Json.mapper().createArrayNode();
        for (ProcessHit hit : processes.search(request.tokenCompany(), query.pattern(), query.page().skip(),
                query.page().limit())) {
            hits.addObject().put("id", hit.id()).put("name", hit.name());
        }
        return ApiResponse.ok(hits);
    }
}
