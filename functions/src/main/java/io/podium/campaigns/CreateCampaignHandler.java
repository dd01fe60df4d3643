package io.podium.campaigns;

import io.podium.http.ApiRequest;
import io.podium.scores.RecomputeQueue;

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
