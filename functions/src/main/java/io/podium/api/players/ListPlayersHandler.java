package io.podium.api.players;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.paging.SkipLimit;
import io.podium.players.PlayerPage;
import io.podium.players.PlayerService;
import io.podium.wiring.Wiring;

/** GET /v2/admin/players?skip=S&limit=N: the game's players by id, and how many it has. */
public final class ListPlayersHandler extends ApiHandler {
    static final int MAX_LIMIT = 100;

    private final PlayerService players;

    public ListPlayersHandler() {
        this(Wiring.aws().players());
    }

    public ListPlayersHandler(PlayerService players) {
        super(Access.GAME_READ);
        this.players = players;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        SkipLimit page = SkipLimit.parse(request.query("skip"), request.query("limit"), MAX_LIMIT);
        PlayerPage players = this.players.list(request.tokenCompany(), page.skip(), page.limit());
        ObjectNode body = Json.data(players.players().stream(), PlayerJson::listed);
        return ApiResponse.ok(body.put("total", players.total()));
    }
}
