package io.podium.api.stream;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.engagement.EngagementJson;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.stream.StreamEvent;
import io.podium.stream.StreamStore;
import io.podium.wiring.Wiring;

import java.util.List;

/** GET /v3/igr/gamification/{copid}/stream/{event_id}/high-five/users: who high-fived the event. */
public final class GetHighFivesHandler extends ApiHandler {
    private final StreamStore stream;

    public GetHighFivesHandler() {
        this(Wiring.aws().stream());
    }

    public GetHighFivesHandler(StreamStore stream) {
        super(Access.DRIVER_OR_READ_OR_HUB);
        this.stream = stream;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        List<String> users = stream.highFivers(request.pathParameter("copid"), request.numericId("event_id", StreamEvent::notFound))
                .orElseThrow(StreamEvent::notFound);
        return ApiResponse.ok(Json.data(users.stream(), EngagementJson::user));
    }
}
