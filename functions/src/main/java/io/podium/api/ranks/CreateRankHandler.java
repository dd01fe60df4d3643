package io.podium.api.ranks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.ranks.Rank;
import io.podium.ranks.RankRequest;
import io.podium.ranks.RankStore;
import io.podium.recompute.RecomputeQueue;
import io.podium.recompute.Reevaluation;
import io.podium.wiring.Wiring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** POST /v3/igr/gamification/{copid}/ranks: defines a rank, then queues the computation of its board. */
public final class CreateRankHandler extends ApiHandler {
    private final RankStore ranks;
    private final Reevaluation reevaluation;
    private final Clock clock;

    public CreateRankHandler() {
        this(Wiring.aws().ranks(), Wiring.aws().recomputeQueue(), Wiring.aws().clock());
    }

    public CreateRankHandler(RankStore ranks, RecomputeQueue queue, Clock clock) {
        super(Access.HUB);
        this.ranks = ranks;
        this.reevaluation = new Reevaluation(queue);
        this.clock = clock;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        Rank rank = ranks.create(request.pathParameter("copid"), RankRequest.parse(request.body()), clock.instant());
        List<String> metrics = new ArrayList<>(List.of(rank.definition().metric()));
        rank.definition().denominatorMetric().ifPresent(metrics::add);
        reevaluation.of(rank.copid(), metrics, "Rank " + rank.id(), "rank:" + rank.id());
        return ApiResponse.json(201, RankJson.of(rank));
    }
}
