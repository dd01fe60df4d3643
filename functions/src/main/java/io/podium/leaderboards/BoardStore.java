package io.podium.leaderboards;

/** Where computed leaderboards live. */
public interface BoardStore {
    /** Removes a campaign's board, if it has one. */
    void delete(String copid, String campaignId);
}
