package io.podium.api.stream;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.api.drivers.DriverQuery;
import io.podium.api.drivers.UserJson;
import io.podium.auth.Caller;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.paging.Pagination;
import io.podium.players.PlayerStore;
import io.podium.stream.StreamEvent;
import io.podium.stream.StreamPage;
import io.podium.stream.StreamStore;
import io.podium.wiring.Wiring;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GET /v3/igr/gamification/{copid}/stream?page&per_page&userxtid&viewer: the company's events newest first, or one
 * driver's; {@code high_fived} says whether the viewer high-fived each. A driver token views as its own driver. EASI'R's
 * GET /gamification/stream?page&per_page is the company's events as the signed-in user sees them (a company token sees
 * none high-fived).
 */
public final class GetStreamHandler extends ApiHandler {
    private final StreamStore stream;
    private final PlayerStore players;

    public GetStreamHandler() {
        this(Wiring.aws().stream(), Wiring.aws().playerStore());
    }

    public GetStreamHandler(StreamStore stream, PlayerStore players) {
        super(Access.EASIR_SHARED);
        this.stream = stream;
        this.players = players;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String copid = request.company();
        Pagination pagination = Pagination.of(request.query("page"), request.query("per_page"));
        boolean signedIn = request.isSignedInRoute();
        Optional<String> userxtid = signedIn ? Optional.empty() : DriverQuery.named(request, "userxtid");
        Optional<String> viewer = signedIn ? request.caller().flatMap(Caller::driver) : DriverQuery.userxtid(request, "viewer");
        StreamPage page = stream.page(copid, userxtid, pagination.page(), pagination.perPage());
        Set<Long> highFived = viewer.map(v -> stream.highFivedBy(copid, page.events().stream().map(StreamEvent::id).toList(), v))
                .orElse(Set.of());
        UserJson users = UserJson.of(request, players, copid,
                page.events().stream().flatMap(event -> event.userxtid().stream()).toList());
        ObjectNode body = Json.data(page.events().stream(),
                event -> StreamJson.of(event, highFived.contains(event.id()), users, request));
        Map<String, String> query = new HashMap<>();
        userxtid.ifPresent(user -> query.put("userxtid", user));
        viewer.filter(v -> !signedIn).ifPresent(v -> query.put("viewer", v));
        body.set("pagination", pagination.toJson(page.total(), request.publicPath(), query));
        return ApiResponse.ok(body);
    }
}
