package io.podium.api.players;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.errors.InvalidInput;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.players.PlayerService;
import io.podium.wiring.Wiring;

/** GET /v2/admin/validation/player/available?value=ID: 200 when no player has the id, 409 player_exists otherwise. */
public final class PlayerAvailableHandler extends ApiHandler {
    private final PlayerService players;

    public PlayerAvailableHandler() {
        this(Wiring.aws().players());
    }

    public PlayerAvailableHandler(PlayerService players) {
        super(Access.GAME_READ);
        this.players = players;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String id = request.query("value").filter(value -> !value.isEmpty())
                .orElseThrow(() -> InvalidInput.validationFailed("value", "the player id to check is required"));
        players.requireAvailable(request.tokenCompany(), id);
        return ApiResponse.ok();
    }
}
