package io.podium.api.players;

import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.profiles.PlayerProfiles;
import io.podium.wiring.Wiring;

/** GET /v2/admin/players/:player_id: the profile, with the player's total on every metric. */
public final class GetPlayerHandler extends PlayerProfileHandler {
    public GetPlayerHandler() {
        this(Wiring.aws().profiles());
    }

    public GetPlayerHandler(PlayerProfiles profiles) {
        super(Access.GAME_READ, profiles);
    }

    /** Reads only: the profile is the answer. */
    @Override
    protected void change(String copid, String playerId, ApiRequest request) {
    }
}
