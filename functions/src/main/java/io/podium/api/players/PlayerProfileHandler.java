package io.podium.api.players;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.profiles.PlayerProfile;
import io.podium.profiles.PlayerProfiles;

/**
 * The routes of one player ({@code /v2/admin/players/:player_id…}) that answer its profile, with its scores and its
 * teams, as it is once the route's change is made.
 */
abstract class PlayerProfileHandler extends ApiHandler {
    private final PlayerProfiles profiles;

    PlayerProfileHandler(Access access, PlayerProfiles profiles) {
        super(access);
        this.profiles = profiles;
    }

    @Override
    protected final APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String copid = request.tokenCompany();
        String playerId = request.pathParameter("player_id");
        change(copid, playerId, request);
        PlayerProfile profile = profiles.of(copid, playerId);
        return ApiResponse.ok(PlayerJson.profile(profile));
    }

    /** Makes the route's change to the player, if it makes one; 404 player_not_found if there is no such player. */
    protected abstract void change(String copid, String playerId, ApiRequest request);
}
