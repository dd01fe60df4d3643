package io.podium.campaigns;

import java.time.LocalDate;
import java.util.Optional;

/** Where a campaign stands in time (UTC days): before its window, inside it, or after it. */
public enum CampaignStatus {
    SCHEDULED("scheduled"),
    RUNNING("running"),
    ENDED("ended");

    private final String wireName;

    CampaignStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static CampaignStatus on(LocalDate today, LocalDate startDate, LocalDate endDate) {
        if (today.isBefore(startDate)) {
            return SCHEDULED;
        }
        return today.isAfter(endDate) ? ENDED : RUNNING;
    }

    public static Optional<CampaignStatus> fromWireName(String name) {
        for (CampaignStatus status : values()) {
            if (status.wireName.equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
