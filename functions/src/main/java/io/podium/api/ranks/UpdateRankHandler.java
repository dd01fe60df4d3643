package io.podium.api.ranks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.ranks.Rank;
import io.podium.ranks.RankRequest;
import io.podium.ranks.RankStore;
import io.podium.wiring.Wiring;

import java.time.Clock;

/**
 * PUT /v3/igr/gamification/{copid}/ranks/{id}, and EASI'R's PUT /gamification/ranks/{rank_id}: renames a rank (only
 * the name changes), answering {"name"}.
 */
public final class UpdateRankHandler extends ApiHandler {
    private final RankStore ranks;
    private final Clock clock;

    public UpdateRankHandler() {
        this(Wiring.aws().ranks(), Wiring.aws().clock());
    }

    public UpdateRankHandler(RankStore ranks, Clock clock) {
        super(Access.EASIR_ADMIN);
        this.ranks = ranks;
        this.clock = clock;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String name = RankRequest.parseName(request.body());
        Rank renamed = ranks.rename(request.company(), RankPath.id(request), name, clock.instant())
                .orElseThrow(Rank::notFound);
        return ApiResponse.ok(Json.object().put("name", renamed.definition().name()));
    }
}
