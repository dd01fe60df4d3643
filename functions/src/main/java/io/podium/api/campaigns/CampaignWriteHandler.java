package io.podium.api.campaigns;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignStore;
import io.podium.campaigns.CampaignWriter;
import io.podium.http.Access;
import io.podium.http.ApiHandler;
import io.podium.http.ApiRequest;
import io.podium.http.ApiResponse;
import io.podium.recompute.RecomputeQueue;
import io.podium.wiring.Wiring;

import java.time.Clock;

/** What the create and replace routes share: the hub scope, the {@link CampaignWriter}, the campaign as the answer. */
abstract class CampaignWriteHandler extends ApiHandler {
    private final int status;
    private final CampaignWriter writer;
    private final Clock clock;

    /** On the function's Campaigns table and recompute queue. */
    CampaignWriteHandler(int status) {
        this(status, Wiring.aws().campaigns(), Wiring.aws().recomputeQueue(), Wiring.aws().clock());
    }

    CampaignWriteHandler(int status, CampaignStore campaigns, RecomputeQueue queue, Clock clock) {
        super(Access.HUB);
        this.status = status;
        this.writer = new CampaignWriter(campaigns, queue, clock);
        this.clock = clock;
    }

    @Override
    protected final APIGatewayProxyResponseEvent handle(ApiRequest request) {
        return ApiResponse.json(status, CampaignJson.of(write(writer, request), CampaignJson.today(clock)));
    }

    abstract Campaign write(CampaignWriter writer, ApiRequest request);
}
