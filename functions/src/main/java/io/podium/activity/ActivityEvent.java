package io.podium.activity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something that happened in a company, for the social stream: a {@code type} about a {@code subject}
 * (for example campaign_completed about a campaign), with string or string-list details. The same
 * (type, key) is recorded once, however often it is reported.
 */
public record ActivityEvent(String copid, String type, String key, Instant at, Map<String, Object> details) {
    public ActivityEvent {
        details = Map.copyOf(details);
    }

    public static ActivityEvent campaignCompleted(String copid, String campaignId, String definition, Instant at,
                                                  List<String> winners, String computedThrough) {
        return new ActivityEvent(copid, "campaign_completed", campaignId + "#" + definition, at,
                Map.of("campaign", campaignId, "winners", List.copyOf(winners), "computedThrough", computedThrough));
    }
}
