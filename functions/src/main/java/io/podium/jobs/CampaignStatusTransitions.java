package io.podium.jobs;

import io.podium.activity.ActivityEvent;
import io.podium.activity.ActivityLog;
import io.podium.campaigns.CampaignStatus;
import io.podium.campaigns.CampaignStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records each campaign's move from scheduled to running to ended as UTC days pass, with a
 * campaign_started or campaign_ended activity event. Safe to run twice: a transition is recorded once.
 */
public final class CampaignStatusTransitions {
    private final CampaignStore campaigns;
    private final ActivityLog activity;
    private final Clock clock;

    public CampaignStatusTransitions(CampaignStore campaigns, ActivityLog activity, Clock clock) {
        this.campaigns = campaigns;
        this.activity = activity;
        this.clock = clock;
    }

    /** @return how many transitions this run recorded */
    public int run() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        AtomicInteger recorded = new AtomicInteger();
        campaigns.forEach(campaign -> {
            CampaignStatus status = campaign.statusOn(today);
            if (status != campaign.recordedStatus() && campaigns.recordStatus(campaign, status)) {
                recorded.incrementAndGet();
                if (status != CampaignStatus.SCHEDULED) {
                    activity.record(new ActivityEvent(campaign.copid(), "campaign_" + (status == CampaignStatus.RUNNING
                            ? "started" : "ended"), campaign.id() + "#" + campaign.boardDefinition(), clock.instant(),
                            Map.of("campaign", campaign.id(), "name", campaign.name())));
                }
            }
        });
        return recorded.get();
    }
}
