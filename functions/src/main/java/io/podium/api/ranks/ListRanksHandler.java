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

/** GET /v3/igr/gamification/{copid}/ranks?page&per_page, and EASI'R's GET /gamification/ranks: the company's ranks, oldest first. */
public final class ListRanksHandler extends ApiHandler {
    private final RankStore ranks;

    public ListRanksHandler() {
        this(Wiring.aws().ranks());
    }

    public ListRanksHandler(RankStore ranks) {
        super(Access.EASIR_DEFINITIONS);
        this.ranks = ranks;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        Pagination pagination = Pagination.of(request.query("page"), request.query("per_page"));
        List<Rank> all = ranks.list(request.company());
        ObjectNode body = Json.data(all.stream().skip(pagination.offset()).limit(pagination.perPage()),
                rank -> RankJson.of(rank, request));
        body.set("pagination", pagination.toJson(all.size(), request.publicPath(), Map.of()));
        return ApiResponse.ok(body);
    }
}
