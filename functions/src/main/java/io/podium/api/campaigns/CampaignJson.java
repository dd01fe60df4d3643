package io.podium.api.campaigns;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.campaigns.Campaign;
import io.podium.json.IsoTime;
import io.podium.json.Json;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The JSON form of a campaign: {"id","name","metric","startDate","endDate","aggregation","description","status",
 * "createdAt","updatedAt"}. The status is always computed for the day asked, never the one last recorded.
 */
final class CampaignJson {
    private CampaignJson() {
    }

    /** The UTC day on the clock: campaigns start and end on UTC day boundaries. */
    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static ObjectNode of(Campaign campaign, LocalDate today) {
        ObjectNode node = Json.object()
                .put("id", campaign.id())
                .put("name", campaign.name())
                .put("metric", campaign.metric())
                .put("startDate", campaign.startDate().toString())
                .put("endDate", campaign.endDate().toString())
                .put("aggregation", campaign.aggregation().wireName());
        node.put("description", campaign.description().orElse(null));
        node.put("status", campaign.statusOn(today).wireName());
        node.put("createdAt", IsoTime.format(campaign.createdAt()));
        node.put("updatedAt", IsoTime.format(campaign.updatedAt()));
        return node;
    }
}
