package io.podium.api.players;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.players.NewPlayer;
import io.podium.players.Player;
import io.podium.players.PlayerRequest;
import io.podium.players.PlayerService;
import io.podium.gamemetrics.MetricCatalog;
import io.podium.profiles.PlayerProfile;
import io.podium.wiring.Wiring;


/**
 * POST /v2/admin/players: a new player, answered with its profile as the seed shows it (no scores yet, no teams,
 * and {@code bootstrap: true}).
 */
public final class CreatePlayerHandler extends ApiHandler {
    private final PlayerService players;

    public CreatePlayerHandler() {
        this(Wiring.aws().players());
    }

    public CreatePlayerHandler(PlayerService players) {
        super(Access.GAME);
        this.players = players;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        NewPlayer create = PlayerRequest.parseNew(request.body());
        Player player = players.create(request.tokenCompany(), create);
        return ApiResponse.json(201, PlayerJson.profile(PlayerProfile.fresh(player, MetricCatalog.EMPTY)).put("bootstrap", true));
    }
}
