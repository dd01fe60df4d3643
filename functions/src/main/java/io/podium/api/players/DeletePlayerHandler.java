package io.podium.api.players;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.erasure.Erasure;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.wiring.Wiring;

/** DELETE /v2/admin/players/:player_id: erases the player and all their game information (see {@link Erasure}). */
public final class DeletePlayerHandler extends ApiHandler {
    private final Erasure erasure;

    public DeletePlayerHandler() {
        this(Wiring.aws().erasure());
    }

    public DeletePlayerHandler(Erasure erasure) {
        super(Access.GAME);
        this.erasure = erasure;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        erasure.erase(request.tokenCompany(), request.pathParameter("player_id"));
        return ApiResponse.ok(Json.object().put("message", "Player removed successfully"));
    }
}
