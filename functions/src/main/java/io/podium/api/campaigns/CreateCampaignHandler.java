package io.podium.api.campaigns;

import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignRequest;
import io.podium.campaigns.CampaignStore;
import io.podium.campaigns.CampaignWriter;
import io.podium.http.ApiRequest;
import io.podium.recompute.RecomputeQueue;

import java.time.Clock;

/** POST /v3/igr/gamification/{copid}/campaigns: 201 with the campaign; 409 campaign_exists if the id is taken. */
public final class CreateCampaignHandler extends CampaignWriteHandler {
    public CreateCampaignHandler() {
        super(201);
    }

    public CreateCampaignHandler(CampaignStore campaigns, RecomputeQueue queue, Clock clock) {
        super(201, campaigns, queue, clock);
    }

    @Override
    Campaign write(CampaignWriter writer, ApiRequest request) {
        return writer.create(request.pathParameter("copid"), CampaignRequest.parse(request.body()));
    }
}
