package io.podium.api.ranks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.ranks.Rank;
import io.podium.ranks.RankRequest;
import io.podium.ranks.RankStore;
import io.podium.ranks.SeedRules;
import io.podium.recompute.RecomputeQueue;
import io.podium.recompute.Reevaluation;
import io.podium.settings.CompanySettings;
import io.podium.settings.SettingsStore;
import io.podium.teams.TeamStore;
import io.podium.wiring.Wiring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * POST /v3/igr/gamification/{copid}/ranks, and EASI'R's POST /gamification/ranks: defines a rank, then queues the
 * computation of its board. An EASI'R rule is computed as the company's settings say; a {@code team_id} limits the
 * rank to that team's members.
 */
public final class CreateRankHandler extends ApiHandler {
    private final RankStore ranks;
    private final SettingsStore settings;
    private final TeamStore teams;
    private final Reevaluation reevaluation;
    private final Clock clock;

    public CreateRankHandler() {
        this(Wiring.aws().ranks(), Wiring.aws().settings(), Wiring.aws().teamStore(), Wiring.aws().recomputeQueue(),
                Wiring.aws().clock());
    }

    public CreateRankHandler(RankStore ranks, SettingsStore settings, TeamStore teams, RecomputeQueue queue, Clock clock) {
        super(Access.EASIR_ADMIN);
        this.ranks = ranks;
        this.settings = settings;
        this.teams = teams;
        this.reevaluation = new Reevaluation(queue);
        this.clock = clock;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String copid = request.company();
        Rank rank = ranks.create(copid, RankRequest.parse(request.body(),
                () -> settings.find(copid).map(CompanySettings::rankRules).orElse(SeedRules.DEFAULT),
                number -> teams.idOfNumber(copid, number)), clock.instant()).orElseThrow(RankRequest::noSuchTeam);
        List<String> metrics = new ArrayList<>(List.of(rank.definition().metric()));
        rank.definition().denominatorMetric().ifPresent(metrics::add);
        reevaluation.of(rank.copid(), metrics, "Rank " + rank.id(), "rank:" + rank.id());
        return ApiResponse.json(201, RankJson.of(rank, request));
    }
}
