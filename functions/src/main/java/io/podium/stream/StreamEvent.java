package io.podium.stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.podium.errors.NotFound;

import java.time.Instant;
import java.util.Optional;

/** One event of a company's social stream; {@code userxtid} is empty for company-wide events (a campaign completed). */
public record StreamEvent(long id, String type, JsonNode data, Optional<String> userxtid, int highFives,
                          Instant createdAt, Instant updatedAt) {

    /** The refusal for an event id the company's stream does not have. */
    public static NotFound notFound() {
        return new NotFound("event_not_found", "The company's stream has no such event.");
    }
}
