package io.podium.api.ranks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.paging.Pagination;
import io.podium.ranks.Rank;
import io.podium.ranks.RankStore;
import io.podium.wiring.Wiring;

import java.util.List;
import java.util.Map;

/** GET /v3/igr/gamification/{copid}/ranks?page&per_page: the company's ranks, oldest first. */
public final class ListRanksHandler extends ApiHandler {
    private final RankStore ranks;

    public ListRanksHandler() {
        this(Wiring.aws().ranks());
    }

    public ListRanksHandler(RankStore ranks) {
        super(Access.READ_OR_HUB);
        this.ranks = ranks;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        Pagination pagination = Pagination.of(request.query("page"), request.query("per_page"));
        List<Rank> all = ranks.list(request.pathParameter("copid"));
        ObjectNode body = Json.data(all.stream().skip(pagination.offset()).limit(pagination.perPage()), RankJson::of);
        body.set("pagination", pagination.toJson(all.size(), request.path(), Map.of()));
        return ApiResponse.ok(body);
    }
}
