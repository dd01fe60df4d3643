package io.podium.api.game;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.game.GameRequest;
import io.podium.game.GameService;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.wiring.Wiring;

/** PATCH /v2/admin/ (beyond Playoff's seed): sets the game's title or description, and answers its status. */
public final class UpdateGameHandler extends ApiHandler {
    private final GameService game;

    public UpdateGameHandler() {
        this(Wiring.aws().game());
    }

    public UpdateGameHandler(GameService game) {
        super(Access.GAME);
        this.game = game;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        GameRequest update = GameRequest.parse(request.body());
        return ApiResponse.ok(GameJson.of(game.update(request.tokenCompany(), update)));
    }
}
