package io.podium.api.campaigns;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.campaigns.CampaignStore;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.wiring.Wiring;

import java.time.Clock;

/** GET /v3/igr/gamification/{copid}/campaigns/{id}. */
public final class GetCampaignHandler extends ApiHandler {
    private final CampaignStore campaigns;
    private final Clock clock;

    public GetCampaignHandler() {
        this(Wiring.aws().campaigns(), Wiring.aws().clock());
    }

    public GetCampaignHandler(CampaignStore campaigns, Clock clock) {
        super(Access.READ_OR_HUB);
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    protected APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.ok(CampaignJson.of(CampaignPath.find(campaigns, request), CampaignJson.today(clock)));
    }
}
