package io.podium.api.players;

import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.players.PlayerChange;
import io.podium.players.PlayerRequest;
import io.podium.players.Player;
import io.podium.players.PlayerScores;
import io.podium.players.PlayerService;
import io.podium.teams.TeamService;
import io.podium.wiring.Wiring;

/** PUT /v2/admin/players/:player_id (beyond the seed): changes the alias and profile fields the body names. */
public final class UpdatePlayerHandler extends PlayerProfileHandler {
    private final PlayerService players;

    public UpdatePlayerHandler() {
        this(Wiring.aws().players(), Wiring.aws().playerScores(), Wiring.aws().teams());
    }

    public UpdatePlayerHandler(PlayerService players, PlayerScores scores, TeamService teams) {
        super(Access.GAME, scores, teams);
        this.players = players;
    }

    @Override
    protected Player player(String copid, String playerId, ApiRequest request) {
        PlayerChange change = PlayerRequest.parseChange(request.body());
        return players.change(copid, playerId, change);
    }
}
