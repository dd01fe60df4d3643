package io.podium.api.gamemetrics;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.gamemetrics.GameLevels;
import io.podium.gamemetrics.LevelDefinitionRequest;
import io.podium.gamemetrics.MetricDefinitionRequest;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.wiring.Wiring;

/**
 * PUT /v2/admin/definitions/levels/:level_id (beyond Playoff's seed): defines or redefines a level whole, a state
 * metric moved by a point metric's thresholds; 201 when new, 200 when replaced.
 */
public final class PutLevelDefinitionHandler extends ApiHandler {
    private final GameLevels levels;

    public PutLevelDefinitionHandler() {
        this(Wiring.aws().gameLevels());
    }

    public PutLevelDefinitionHandler(GameLevels levels) {
        super(Access.GAME);
        this.levels = levels;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String id = MetricDefinitionRequest.pathId("level_id", request.pathParameter("level_id"));
        GameLevels.Defined defined = levels.define(request.tokenCompany(), LevelDefinitionRequest.parse(id, request.body()));
        return ApiResponse.json(defined.created() ? 201 : 200, LevelDefinitionRequest.toJson(defined.level()));
    }
}
