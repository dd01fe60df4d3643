package io.podium.api.players;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.paging.SearchQuery;
import io.podium.players.PlayerHit;
import io.podium.players.PlayerService;
import io.podium.wiring.Wiring;

/**
 * GET /v2/admin/query/players?pattern=P&skip=S&limit=N: Playoff's autocomplete, a bare array of {alias, id} of the
 * enabled players whose alias has a word, or whose id, that starts with the pattern (case and accents aside).
 */
public final class SearchPlayersHandler extends ApiHandler {
    private final PlayerService players;

    public SearchPlayersHandler() {
        this(Wiring.aws().players());
    }

    public SearchPlayersHandler(PlayerService players) {
        super(Access.GAME_READ);
        this.players = players;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        SearchQuery query = SearchQuery.parse(request.query("pattern"), request.query("skip"), request.query("limit"),
                ListPlayersHandler.MAX_LIMIT);
        ArrayNode hits = Json.object().arrayNode();
        for (PlayerHit hit : players.search(request.tokenCompany(), query.pattern(), query.page().skip(),
                query.page().limit())) {
            hits.addObject().put("alias", hit.alias()).put("id", hit.id());
        }
        return ApiResponse.ok(hits);
    }
}
