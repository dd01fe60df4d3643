package io.podium.jobs;

import io.podium.campaigns.CampaignStatus;
import io.podium.campaigns.CampaignStore;
import io.podium.events.CompanyEvent;
import io.podium.events.EventLog;
import io.podium.json.Json;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records each campaign's move from scheduled to running to ended as UTC days pass, with a
 * campaign_started or campaign_ended event in the company log. Safe to run twice: a transition is recorded once.
 */
public final class CampaignStatusTransitions {
    private final CampaignStore campaigns;
    private final EventLog events;
    private final Clock clock;

    public CampaignStatusTransitions(CampaignStore campaigns, EventLog events, Clock clock) {
        this.campaigns = campaigns;
        this.events = events;
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
                    String type = "campaign_" + (status == CampaignStatus.RUNNING ? "started" : "ended");
                    events.append(new CompanyEvent(campaign.copid(), type + "#" + campaign.id() + "#" + campaign.boardDefinition(),
                            type, Optional.empty(), clock.instant(),
                            Json.object().put("campaign", campaign.id()).put("name", campaign.name()), List.of(), false));
                }
            }
        });
        return recorded.get();
    }
}
