package io.podium.api.ranks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.leaderboards.BoardStore;
import io.podium.ranks.Rank;
import io.podium.ranks.RankStore;
import io.podium.wiring.Wiring;

/** DELETE /v3/igr/gamification/{copid}/ranks/{id}, and EASI'R's DELETE /gamification/ranks/{rank_id}: the rank and its board. */
public final class DeleteRankHandler extends ApiHandler {
    private final RankStore ranks;
    private final BoardStore boards;

    public DeleteRankHandler() {
        this(Wiring.aws().ranks(), Wiring.aws().boards());
    }

    public DeleteRankHandler(RankStore ranks, BoardStore boards) {
        super(Access.EASIR_ADMIN);
        this.ranks = ranks;
        this.boards = boards;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String copid = request.company();
        Rank rank = ranks.find(copid, RankPath.id(request)).orElseThrow(Rank::notFound);
        if (!ranks.delete(rank)) {
            throw Rank.notFound();
        }
        boards.delete(copid, rank.boardId());
        return ApiResponse.noContent();
    }
}
