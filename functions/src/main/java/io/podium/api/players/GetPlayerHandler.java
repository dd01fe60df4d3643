package io.podium.api.players;

import io.podium.http.Access;
import io.podium.http.ApiRequest;
import io.podium.players.Player;
import io.podium.players.PlayerScores;
import io.podium.players.PlayerService;
import io.podium.teams.TeamService;
import io.podium.wiring.Wiring;

/** GET /v2/admin/players/:player_id: the profile, with the player's total on every metric. */
public final class GetPlayerHandler extends PlayerProfileHandler {
    private final PlayerService players;

    public GetPlayerHandler() {
        this(Wiring.aws().players(), Wiring.aws().playerScores(), Wiring.aws().teams());
    }

    public GetPlayerHandler(PlayerService players, PlayerScores scores, TeamService teams) {
        super(Access.GAME_READ, scores, teams);
        this.players = players;
    }

    @Override
    protected Player player(String copid, String playerId, ApiRequest request) {
        return players.find(copid, playerId);
    }
}
