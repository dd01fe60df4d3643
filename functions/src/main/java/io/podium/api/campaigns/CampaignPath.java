package io.podium.api.campaigns;

import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignStore;
import io.podium.errors.NotFound;
import io.podium.http.ApiRequest;
import io.podium.ids.CampaignId;

/** The campaign a route's {id} names. */
final class CampaignPath {
    private CampaignPath() {
    }

    /** The {id} path parameter; one that no campaign can have is simply not found. */
    static String id(ApiRequest request) {
        String id = request.pathParameter("id");
        if (!CampaignId.isValid(id)) {
            throw notFound();
        }
        return id;
    }

    static Campaign find(CampaignStore campaigns, ApiRequest request) {
        return campaigns.find(request.pathParameter("copid"), id(request)).orElseThrow(CampaignPath::notFound);
    }

    static NotFound notFound() {
        return Campaign.notFound();
    }
}
