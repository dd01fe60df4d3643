package io.podium.api.players;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.players.Player;
import io.podium.players.PlayerScores;
import io.podium.teams.TeamService;

/**
 * The routes of one player ({@code /v2/admin/players/:player_id…}) that answer its profile, with its scores and its
 * teams.
 */
abstract class PlayerProfileHandler extends ApiHandler {
    private final PlayerScores scores;
    private final TeamService teams;

    PlayerProfileHandler(Access access, PlayerScores scores, TeamService teams) {
        super(access);
        this.scores = scores;
        this.teams = teams;
    }

    @Override
    protected final APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String copid = request.tokenCompany();
        Player player = player(copid, request.pathParameter("player_id"), request);
        return ApiResponse.ok(PlayerJson.profile(player, scores.of(copid, player.id()),
                teams.teamsOf(copid, player.id())));
    }

    /** The player the route reads or changes, as it is now. */
    protected abstract Player player(String copid, String playerId, ApiRequest request);
}
