package io.podium.api.players;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.players.Player;
import io.podium.players.PlayerScores;

/** The routes of one player ({@code /v2/admin/players/:player_id…}) that answer its profile, with its scores. */
abstract class PlayerProfileHandler extends ApiHandler {
    private final PlayerScores scores;

    PlayerProfileHandler(Access access, PlayerScores scores) {
        super(access);
        this.scores = scores;
    }

    @Override
    protected final APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String copid = request.tokenCompany();
        Player player = player(copid, request.pathParameter("player_id"), request);
        return ApiResponse.ok(PlayerJson.profile(player, scores.of(copid, player.id())));
    }

    /** The player the route reads or changes, as it is now. */
    protected abstract Player player(String copid, String playerId, ApiRequest request);
}
