package io.podium.jobs;

/** Scheduled: records campaign status transitions. */
public final class CampaignStatusJob extends ScheduledJob {
    public CampaignStatusJob() {
        this(ScheduledJobs.statusTransitions());
    }

    public CampaignStatusJob(CampaignStatusTransitions transitions) {
        super("campaign status transitions recorded", transitions::run);
    }
}
