package io.podium.api.customboards;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.customboards.CustomBoards;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.paging.SkipLimit;
import io.podium.wiring.Wiring;

/**
 * GET /v2/admin/leaderboards/:leaderboard_definition_id?scope=&skip=&limit= (beyond the seed, where Playoff reads
 * boards through its runtime API): a page of the board as last computed, with {@code computedAt}. A custom board is
 * read by scope.
 */
public final class GetCustomLeaderboardHandler extends ApiHandler {
    /** The largest page, as for players and teams. */
    static final int MAX_LIMIT = 100;

    private final CustomBoards boards;

    public GetCustomLeaderboardHandler() {
        this(Wiring.aws().customBoards());
    }

    public GetCustomLeaderboardHandler(CustomBoards boards) {
        super(Access.GAME_READ);
        this.boards = boards;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        SkipLimit page = SkipLimit.parse(request.query("skip"), request.query("limit"), MAX_LIMIT);
        return ApiResponse.ok(LeaderboardJson.page(boards.page(request.tokenCompany(),
                request.pathParameter("leaderboard_definition_id"), request.query("scope"), page.skip(), page.limit())));
    }
}
