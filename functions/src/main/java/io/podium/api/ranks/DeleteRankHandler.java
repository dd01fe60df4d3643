package io.podium.api.ranks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.auth.Caller;
import io.podium.auth.Scope;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.leaderboards.BoardStore;
import io.podium.ranks.Rank;
import io.podium.ranks.RankStore;
import io.podium.wiring.Wiring;

import java.util.Optional;

/** DELETE /v3/igr/gamification/{copid}/ranks/{id}: the rank and its board. */
public final class DeleteRankHandler extends ApiHandler {
    private final RankStore ranks;
    private final BoardStore boards;

    public DeleteRankHandler() {
        this(Wiring.aws().ranks(), Wiring.aws().boards());
    }

    public DeleteRankHandler(RankStore ranks, BoardStore boards) {
        super(Access.company(Scope.HUB));
        this.ranks = ranks;
        this.boards = boards;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request, Optional<Caller> caller) {
        String copid = request.pathParameter("copid");
        Rank rank = ranks.find(copid, RankPath.id(request)).orElseThrow(RankPath::notFound);
        if (!ranks.delete(copid, rank.id())) {
            throw RankPath.notFound();
        }
        boards.delete(copid, rank.boardId());
        return ApiResponse.noContent();
    }
}
