package io.podium.api.stream;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.api.drivers.DriverQuery;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.paging.Pagination;
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
 * driver's; {@code high_fived} says whether the viewer high-fived each. A driver token views as its own driver.
 */
public final class GetStreamHandler extends ApiHandler {
    private final StreamStore stream;

    public GetStreamHandler() {
        this(Wiring.aws().stream());
    }

    public GetStreamHandler(StreamStore stream) {
        super(Access.DRIVER_OR_READ_OR_HUB);
        this.stream = stream;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String copid = request.pathParameter("copid");
        Pagination pagination = Pagination.of(request.query("page"), request.query("per_page"));
        Optional<String> userxtid = DriverQuery.named(request, "userxtid");
        Optional<String> viewer = DriverQuery.userxtid(request, "viewer");
        StreamPage page = stream.page(copid, userxtid, pagination.page(), pagination.perPage());
        Set<Long> highFived = viewer.map(v -> stream.highFivedBy(copid, page.events().stream().map(StreamEvent::id).toList(), v))
                .orElse(Set.of());
        ObjectNode body = Json.data(page.events().stream(), event -> StreamJson.of(event, highFived.contains(event.id())));
        Map<String, String> query = new HashMap<>();
        userxtid.ifPresent(user -> query.put("userxtid", user));
        viewer.ifPresent(v -> query.put("viewer", v));
        body.set("pagination", pagination.toJson(page.total(), request.path(), query));
        return ApiResponse.ok(body);
    }
}
