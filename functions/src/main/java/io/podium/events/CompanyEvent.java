package io.podium.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An event to append to a company's log: a {@code type}, the driver it is about ({@code actor}, none for company-wide
 * events), when, a type-specific {@code payload} and the metric {@code changes} it made. {@code key} names the fact
 * the event records (for example {@code badge_achieved#3#ann}): one fact is appended once, however often it is
 * reported. A {@code social} event is shown in the stream, where colleagues may high-five it.
 */
public record CompanyEvent(String copid, String key, String type, Optional<String> actor, Instant at, JsonNode payload,
                           List<Change> changes, boolean social) {
    public CompanyEvent {
        changes = List.copyOf(changes);
    }

    public static CompanyEvent social(String copid, String key, String type, Optional<String> actor, Instant at,
                                      JsonNode payload, List<Change> changes) {
        return new CompanyEvent(copid, key, type, actor, at, payload, changes, true);
    }
}
