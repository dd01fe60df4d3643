package io.podium.api.game;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.game.GameService;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.wiring.Wiring;

/** GET /v2/admin/: the status of the token's company's game (Playoff's "Get Game's status"). */
public final class GetGameHandler extends ApiHandler {
    private final GameService game;

    public GetGameHandler() {
        this(Wiring.aws().game());
    }

    public GetGameHandler(GameService game) {
        super(Access.GAME_READ);
        this.game = game;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.ok(GameJson.of(game.find(request.tokenCompany())));
    }
}
