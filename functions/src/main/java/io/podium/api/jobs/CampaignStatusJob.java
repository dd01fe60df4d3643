package io.podium.api.jobs;

import io.podium.jobs.CampaignStatusTransitions;
import io.podium.wiring.Wiring;

/** Scheduled: records campaign status transitions. */
public final class CampaignStatusJob extends ScheduledJob {
    public CampaignStatusJob() {
        this(Wiring.aws().statusTransitions());
    }

    public CampaignStatusJob(CampaignStatusTransitions transitions) {
        super("campaign status transitions recorded", transitions::run);
    }
}
