package io.podium.api.ranks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.ranks.Rank;
import io.podium.ranks.RankStore;
import io.podium.wiring.Wiring;

/** GET /v3/igr/gamification/{copid}/ranks/{id}, and EASI'R's GET /gamification/ranks/{rank_id}: one rank with its settings. */
public final class GetRankHandler extends ApiHandler {
    private final RankStore ranks;

    public GetRankHandler() {
        this(Wiring.aws().ranks());
    }

    public GetRankHandler(RankStore ranks) {
        super(Access.EASIR_DEFINITIONS);
        this.ranks = ranks;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.ok(RankJson.withSettings(ranks.find(request.company(), RankPath.id(request))
                .orElseThrow(Rank::notFound), request));
    }
}
