package io.podium.api.customboards;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.customboards.CustomBoards;
import io.podium.customboards.LeaderboardDefinition;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.wiring.Wiring;

import java.util.List;

/** GET /v2/admin/definitions/leaderboards (beyond the seed): every custom leaderboard of the game, by id. */
public final class ListLeaderboardDefinitionsHandler extends ApiHandler {
    private final CustomBoards boards;

    public ListLeaderboardDefinitionsHandler() {
        this(Wiring.aws().customBoards());
    }

    public ListLeaderboardDefinitionsHandler(CustomBoards boards) {
        super(Access.GAME_READ);
        this.boards = boards;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        List<LeaderboardDefinition> defined = boards.list(request.tokenCompany());
        return ApiResponse.ok(Json.data(defined.stream(), LeaderboardJson::definition).put("total", defined.size()));
    }
}
