package io.podium.api.rules;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.api.gamemetrics.ChangesJson;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.ids.DriverId;
import io.podium.json.Json;
import io.podium.players.PlayerService;
import io.podium.rules.ManualChanges;
import io.podium.wiring.Wiring;

/**
 * PATCH /v2/admin/players/:player_id/scores with {@code [{"metric","verb","value"}]}: changes a player's values by
 * hand, logged as a {@code manual} event; answers {@code {"id","changes":[…],"global":[…]}}: the manual event's id, its
 * changes as an event lists them, and the {@code level} event it caused, if any (as a rule's evaluation answers it).
 */
public final class PatchPlayerScoresHandler extends ApiHandler {
    private final ManualChanges manual;

    public PatchPlayerScoresHandler() {
        this(Wiring.aws().manualChanges());
    }

    public PatchPlayerScoresHandler(ManualChanges manual) {
        super(Access.GAME);
        this.manual = manual;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String player = request.pathParameter("player_id");
        if (DriverId.problem(player).isPresent()) {
            throw PlayerService.notFound(player);
        }
        ManualChanges.Changed changed = manual.patch(request.tokenCompany(), player, request.body());
        ObjectNode body = Json.object().put("id", Long.toString(changed.events().own().id()));
        body.set("changes", ChangesJson.changes(changed.changes(), changed.catalog()));
        ArrayNode global = body.putArray("global");
        changed.events().level().ifPresent(level -> global.add(ChangesJson.event("level", player, changed.alias(), level,
                changed.catalog())));
        return ApiResponse.ok(body);
    }
}
