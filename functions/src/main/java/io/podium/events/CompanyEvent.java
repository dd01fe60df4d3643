package io.podium.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An event to append to a company's log: a {@code type}, the driver it is about ({@code actor}, none for company-wide
 * events), when, a type-specific {@code payload} and the metric {@code changes} it made. {@code key} names the fact
 * the event records (for example {@code badge_achieved#3#ann}): one fact is appended once, however often it is
 * reported. A {@code social} event is shown in the stream, where colleagues may high-five it. An event of a team or of a
 * process (a join, a leave, a change of roles or of owner) names it in {@code group}, and is then in that group's own
 * feed: a team by its id, a process by its {@code owner/id}, whose slash no team id has.
 */
public record CompanyEvent(String copid, String key, String type, Optional<String> actor, Instant at, JsonNode payload,
                           List<Change> changes, boolean social, Optional<String> group) {
    public CompanyEvent {
        changes = List.copyOf(changes);
    }

    /** An event of no team and no process. */
    public CompanyEvent(String copid, String key, String type, Optional<String> actor, Instant at, JsonNode payload,
                        List<Change> changes, boolean social) {
        this(copid, key, type, actor, at, payload, changes, social, Optional.empty());
    }

    public static CompanyEvent social(String copid, String key, String type, Optional<String> actor, Instant at,
                                      JsonNode payload, List<Change> changes) {
        return new CompanyEvent(copid, key, type, actor, at, payload, changes, true);
    }
}
