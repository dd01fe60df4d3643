package io.podium.api.customboards;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.customboards.CustomBoards;
import io.podium.errors.InvalidInput;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.paging.SkipLimit;
import io.podium.wiring.Wiring;

import java.util.Optional;

/**
 * GET /v2/admin/leaderboards/:leaderboard_definition_id?scope=&skip=&limit=&around= (beyond the seed, where Playoff
 * reads boards through its runtime API): a page of the board as last computed, with {@code computedAt}, from
 * {@code skip}, or the {@code limit} entries around a player's or a team's ({@code around}; 404 entity_not_ranked
 * when it is not on the board). A custom board is read by scope.
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
        Optional<String> around = request.query("around");
        String copid = request.tokenCompany();
        String id = request.pathParameter("leaderboard_definition_id");
        if (around.isEmpty()) {
            return ApiResponse.ok(LeaderboardJson.page(boards.page(copid, id, request.query("scope"), page.skip(),
                    page.limit())));
        }
        if (request.query("skip").isPresent()) {
            throw InvalidInput.validationFailed("skip", "is not taken with around: the page is the one around it");
        }
        return ApiResponse.ok(LeaderboardJson.page(boards.around(copid, id, request.query("scope"), around.get(),
                page.limit())));
    }
}
