package io.podium.campaigns;

import io.podium.errors.NotFound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A time-bound competition of one company on one metric. {@code recordedStatus} is the status the
 * transitions job last recorded; the true status is always {@link #statusOn(LocalDate)}.
 */
public record Campaign(String copid, String id, String name, String metric, LocalDate startDate, LocalDate endDate,
                       Aggregation aggregation, Optional<String> description, CampaignStatus recordedStatus,
                       Instant createdAt, Instant updatedAt) {

    public CampaignStatus statusOn(LocalDate today) {
        return CampaignStatus.on(today, startDate, endDate);
    }

    /** What the leaderboard depends on: when it changes, the board is rebuilt from scratch. */
    public String boardDefinition() {
        return metric + "|" + startDate + "|" + endDate + "|" + aggregation.wireName();
    }

    public Campaign withRecordedStatus(CampaignStatus status) {
        return new Campaign(copid, id, name, metric, startDate, endDate, aggregation, description, status, createdAt, updatedAt);
    }

    /** The refusal for a campaign id the company does not have. */
    public static NotFound notFound() {
        return new NotFound("campaign_not_found", "No such campaign.");
    }
}
