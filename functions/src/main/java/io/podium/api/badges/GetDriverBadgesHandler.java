package io.podium.api.badges;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.api.drivers.DriverPath;
import io.podium.badges.Badge;
import io.podium.badges.BadgeStore;
import io.podium.engagement.Ledger;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.http.SeedTime;
import io.podium.json.Json;
import io.podium.wiring.Wiring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GET /v3/igr/gamification/{copid}/drivers/{userxtid}/badges, and EASI'R's GET /gamification/badges for the signed-in
 * user: every badge of the company, achieved or not, in the EASI'R shape, special badges apart.
 */
public final class GetDriverBadgesHandler extends ApiHandler {
    private final BadgeStore badges;
    private final Ledger ledger;

    public GetDriverBadgesHandler() {
        this(Wiring.aws().badges(), Wiring.aws().ledger());
    }

    public GetDriverBadgesHandler(BadgeStore badges, Ledger ledger) {
        super(Access.EASIR_ME);
        this.badges = badges;
        this.ledger = ledger;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String copid = request.company();
        String userxtid = DriverPath.userxtid(request);
        List<Badge> defined = badges.list(copid);
        Map<Long, Instant> achieved = ledger.awardsOf(copid, userxtid, defined.stream().map(Badge::id).toList());
        ObjectNode body = Json.object();
        ArrayNode regular = body.putArray("badges");
        ArrayNode special = body.putArray("special_badges");
        for (Badge badge : defined) {
            Optional<Instant> at = Optional.ofNullable(achieved.get(badge.id()));
            (badge.definition().special() ? special : regular).addObject()
                    .put("id", badge.id())
                    .put("name", badge.name())
                    .put("achieved", at.isPresent())
                    .put("achieved_at", at.map(SeedTime::format).orElse(null));
        }
        return ApiResponse.ok(body);
    }
}
