package io.podium.api.players;

import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.players.PlayerChange;
import io.podium.players.PlayerRequest;
import io.podium.players.PlayerService;
import io.podium.profiles.PlayerProfiles;
import io.podium.wiring.Wiring;

/** PUT /v2/admin/players/:player_id (beyond the seed): changes the alias and profile fields the body names. */
public final class UpdatePlayerHandler extends PlayerProfileHandler {
    private final PlayerService players;

    public UpdatePlayerHandler() {
        this(Wiring.aws().players(), Wiring.aws().profiles());
    }

    public UpdatePlayerHandler(PlayerService players, PlayerProfiles profiles) {
        super(Access.GAME, profiles);
        this.players = players;
    }

    @Override
    protected void change(String copid, String playerId, ApiRequest request) {
        PlayerChange change = PlayerRequest.parseChange(request.body());
        players.change(copid, playerId, change);
    }
}
