package io.podium.campaigns;

import io.podium.http.ApiError;
import io.podium.http.ApiRequest;

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

    static ApiError notFound() {
        return ApiError.notFound("campaign_not_found", "No such campaign.");
    }
}
