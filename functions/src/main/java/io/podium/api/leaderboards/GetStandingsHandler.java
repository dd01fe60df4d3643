package io.podium.api.leaderboards;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.api.drivers.DriverPath;
import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignStore;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.json.Json;
import io.podium.leaderboards.BoardStore;
import io.podium.leaderboards.Scoring;
import io.podium.wiring.Wiring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * GET /v3/igr/gamification/{copid}/drivers/{userxtid}/standings: every campaign where the driver is ranked,
 * one index lookup per campaign of the company. A driver's app reads its own driver's with its driver token.
 */
public final class GetStandingsHandler extends ApiHandler {
    private final CampaignStore campaigns;
    private final BoardStore boards;
    private final Clock clock;

    public GetStandingsHandler() {
        this(Wiring.aws().campaigns(), Wiring.aws().boards(), Wiring.aws().clock());
    }

    public GetStandingsHandler(CampaignStore campaigns, BoardStore boards, Clock clock) {
        super(Access.DRIVER_OR_READ_OR_HUB);
        this.campaigns = campaigns;
        this.boards = boards;
        this.clock = clock;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        String userxtid = DriverPath.userxtid(request);
        String copid = request.pathParameter("copid");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        ObjectNode body = Json.object().put("userxtid", userxtid);
        ArrayNode standings = body.putArray("standings");
        for (Campaign campaign : campaigns.list(copid)) {
            boards.standing(copid, campaign.id(), userxtid)
                    .filter(standing -> standing.definition().equals(campaign.boardDefinition()))
                    .ifPresent(standing -> standings.addObject()
                            .put("campaign", campaign.id())
                            .put("name", campaign.name())
                            .put("status", campaign.statusOn(today).wireName())
                            .put("rank", standing.entry().rank())
                            .put("score", new Scoring(campaign.aggregation()).score(standing.entry().standing()))
                            .put("total", standing.total()));
        }
        return ApiResponse.ok(body);
    }
}
