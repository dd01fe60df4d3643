package io.podium.api.campaigns;

import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignRequest;
import io.podium.campaigns.CampaignStore;
import io.podium.campaigns.CampaignWriter;
import io.podium.http.ApiRequest;
import io.podium.recompute.RecomputeQueue;

import java.time.Clock;

/** PUT /v3/igr/gamification/{copid}/campaigns/{id}: replaces the definition, keeps createdAt; 404 if unknown. */
public final class UpdateCampaignHandler extends CampaignWriteHandler {
    public UpdateCampaignHandler() {
        super(200);
    }

    public UpdateCampaignHandler(CampaignStore campaigns, RecomputeQueue queue, Clock clock) {
        super(200, campaigns, queue, clock);
    }

    @Override
    Campaign write(CampaignWriter writer, ApiRequest request) {
        String id = CampaignPath.id(request);
        return writer.replace(request.pathParameter("copid"), id, CampaignRequest.parseReplacement(request.body(), id));
    }
}
