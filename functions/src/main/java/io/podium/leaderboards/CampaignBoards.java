package io.podium.leaderboards;

import java.util.Optional;

/**
 * Reads a campaign together with a page of its leaderboard in at most two DynamoDB calls, however large
 * the board. Empty when there is no such campaign.
 */
public interface CampaignBoards {
    Optional<CampaignBoard> top(String copid, String campaignId, int offset, int limit);

    Optional<CampaignBoard> around(String copid, String campaignId, String userxtid, int limit);
}
