package io.podium.api.gamemetrics;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.gamemetrics.GameLevels;
import io.podium.gamemetrics.LevelDefinitionRequest;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.levels.LevelDefinition;
import io.podium.levels.LevelScale;
import io.podium.wiring.Wiring;

/**
 * GET /v2/admin/definitions/levels (beyond Playoff's seed): the game's levels as their PUT bodies name them, then
 * EASI'R's level ({@code read_only}: its thresholds are the company settings' scale), {@code {"data","total"}}.
 */
public final class ListLevelDefinitionsHandler extends ApiHandler {
    private final GameLevels levels;

    public ListLevelDefinitionsHandler() {
        this(Wiring.aws().gameLevels());
    }

    public ListLevelDefinitionsHandler(GameLevels levels) {
        super(Access.GAME_READ);
        this.levels = levels;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        ObjectNode body = Json.object();
        ArrayNode data = body.putArray("data");
        for (LevelDefinition level : levels.list(request.tokenCompany())) {
            data.add(LevelDefinitionRequest.toJson(level).put("read_only", level.id().equals(LevelScale.ID)));
        }
        return ApiResponse.ok(body.put("total", data.size()));
    }
}
