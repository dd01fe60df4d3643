package io.podium.api.players;

import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.players.PlayerService;
import io.podium.profiles.PlayerProfiles;
import io.podium.wiring.Wiring;

/** PUT /v2/admin/players/:player_id/disable: the player is kept and listed as disabled. Idempotent. */
public final class DisablePlayerHandler extends PlayerProfileHandler {
    private final PlayerService players;

    public DisablePlayerHandler() {
        this(Wiring.aws().players(), Wiring.aws().profiles());
    }

    public DisablePlayerHandler(PlayerService players, PlayerProfiles profiles) {
        super(Access.GAME, profiles);
        this.players = players;
    }

    @Override
    protected void change(String copid, String playerId, ApiRequest request) {
        players.setEnabled(copid, playerId, false);
    }
}
