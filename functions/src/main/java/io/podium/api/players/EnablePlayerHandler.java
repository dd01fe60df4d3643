package io.podium.api.players;

import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.players.Player;
import io.podium.players.PlayerScores;
import io.podium.players.PlayerService;
import io.podium.teams.TeamService;
import io.podium.wiring.Wiring;

/** PUT /v2/admin/players/:player_id/enable: the player is enabled again. Idempotent. */
public final class EnablePlayerHandler extends PlayerProfileHandler {
    private final PlayerService players;

    public EnablePlayerHandler() {
        this(Wiring.aws().players(), Wiring.aws().playerScores(), Wiring.aws().teams());
    }

    public EnablePlayerHandler(PlayerService players, PlayerScores scores, TeamService teams) {
        super(Access.GAME, scores, teams);
        this.players = players;
    }

    @Override
    protected Player player(String copid, String playerId, ApiRequest request) {
        return players.setEnabled(copid, playerId, true);
    }
}
