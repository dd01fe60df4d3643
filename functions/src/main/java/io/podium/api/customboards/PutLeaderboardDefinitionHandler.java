package io.podium.api.customboards;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.customboards.CustomBoards;
import io.podium.customboards.LeaderboardDefinition;
import io.podium.errors.InvalidInput;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.wiring.Wiring;

/**
 * PUT /v2/admin/definitions/leaderboards/:leaderboard_id (beyond Playoff's seed, whose builder defines leaderboards):
 * defines or redefines a custom leaderboard whole; 201 when new, 200 when replaced. Its boards are computed in the
 * background.
 */
public final class PutLeaderboardDefinitionHandler extends ApiHandler {
    private final CustomBoards boards;

    public PutLeaderboardDefinitionHandler() {
        this(Wiring.aws().customBoards());
    }

    public PutLeaderboardDefinitionHandler(CustomBoards boards) {
        super(Access.GAME);
        this.boards = boards;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String id = request.pathParameter("leaderboard_id");
        if (!LeaderboardDefinition.validId(id)) {
            throw InvalidInput.validationFailed("leaderboard_id", "must be letters, digits, underscores and hyphens,"
                    + " not starting with an underscore or a hyphen, at most 64");
        }
        CustomBoards.Defined defined = boards.define(request.tokenCompany(), request.body(), id);
        return ApiResponse.json(defined.created() ? 201 : 200, LeaderboardJson.definition(defined.definition()));
    }
}
