package io.podium.api.ranks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.auth.Caller;
import io.podium.auth.Scope;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.ranks.RankStore;
import io.podium.wiring.Wiring;

import java.util.Optional;

/** GET /v3/igr/gamification/{copid}/ranks/{id}: one rank with its settings. */
public final class GetRankHandler extends ApiHandler {
    private final RankStore ranks;

    public GetRankHandler() {
        this(Wiring.aws().ranks());
    }

    public GetRankHandler(RankStore ranks) {
        super(Access.company(Scope.HUB, Scope.READ));
        this.ranks = ranks;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request, Optional<Caller> caller) {
        return ApiResponse.ok(RankJson.withSettings(ranks.find(request.pathParameter("copid"), RankPath.id(request))
                .orElseThrow(RankPath::notFound)));
    }
}
