package io.podium.api.stream;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.api.drivers.UserJson;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.players.PlayerStore;
import io.podium.stream.StreamEvent;
import io.podium.stream.StreamStore;
import io.podium.wiring.Wiring;

import java.util.List;

/**
 * GET /v3/igr/gamification/{copid}/stream/{event_id}/high-five/users, and EASI'R's GET
 * /gamification/stream/{event_id}/high-five/users: who high-fived the event.
 */
public final class GetHighFivesHandler extends ApiHandler {
    private final StreamStore stream;
    private final PlayerStore players;

    public GetHighFivesHandler() {
        this(Wiring.aws().stream(), Wiring.aws().playerStore());
    }

    public GetHighFivesHandler(StreamStore stream, PlayerStore players) {
        super(Access.EASIR_SHARED);
        this.stream = stream;
        this.players = players;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String copid = request.company();
        List<String> users = stream.highFivers(copid, request.numericId("event_id", StreamEvent::notFound))
                .orElseThrow(StreamEvent::notFound);
        return ApiResponse.ok(Json.data(users.stream(), UserJson.of(request, players, copid, users)::user));
    }
}
