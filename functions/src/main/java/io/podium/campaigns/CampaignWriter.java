package io.podium.campaigns;

import io.podium.errors.Conflict;
import io.podium.ids.CampaignId;
import io.podium.recompute.EnqueueFailedException;
import io.podium.recompute.RecomputeQueue;
import io.podium.recompute.RecomputeRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Saves campaign definitions for the create and replace routes, then, when the leaderboard depends on what
 * changed, queues its rebuild, so that a board exists without waiting for the metric's next finalize.
 */
public final class CampaignWriter {
    private final CampaignStore campaigns;
    private final RecomputeQueue queue;
    private final Clock clock;

    public CampaignWriter(CampaignStore campaigns, RecomputeQueue queue, Clock clock) {
        this.campaigns = campaigns;
        this.queue = queue;
        this.clock = clock;
    }

    /**
     * A new campaign, recorded as scheduled: the status job records its real status, and the transitions that
     * brought it there, on its next run.
     */
    public Campaign create(String copid, CampaignRequest request) {
        Instant now = clock.instant();
        String id = request.id().orElseGet(() -> CampaignId.generate(request.name(), ThreadLocalRandom.current()));
        Campaign campaign = request.toCampaign(copid, id, CampaignStatus.SCHEDULED, now, now);
        if (!campaigns.create(campaign)) {
            throw new Conflict("campaign_exists", "The company already has a campaign " + id + ".");
        }
        rebuildBoard(campaign);
        return campaign;
    }

    /** Replaces the definition of an existing campaign; its creation time and recorded status stay. */
    public Campaign replace(String copid, String id, CampaignRequest request) {
        Campaign existing = campaigns.find(copid, id).orElseThrow(Campaign::notFound);
        Campaign replaced = request.toCampaign(copid, id, existing.recordedStatus(), existing.createdAt(), clock.instant());
        if (!campaigns.replace(replaced)) {
            throw Campaign.notFound();
        }
        if (!replaced.boardDefinition().equals(existing.boardDefinition())) {
            rebuildBoard(replaced);
        }
        return replaced;
    }

    /**
     * After the write: a failed send leaves the campaign saved, and the repair sweep queues the rebuild later. The
     * refusal names the campaign, since a client that let Podium choose the id has no other way to learn it.
     */
    private void rebuildBoard(Campaign campaign) {
        try {
            queue.send(new RecomputeRequest(campaign.copid(), campaign.metric(), Optional.empty(),
                    "campaign:" + campaign.id() + ":" + campaign.updatedAt()));
        } catch (EnqueueFailedException notQueued) {
            throw new EnqueueFailedException("Campaign " + campaign.id() + " is saved but the rebuild of its "
                    + "leaderboard could not be queued; the repair sweep will queue it.");
        }
    }
}
