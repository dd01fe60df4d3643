package io.podium.stream;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Optional;

/** One event of a company's social stream; {@code userxtid} is empty for company-wide events (a campaign completed). */
public record StreamEvent(long id, String type, JsonNode data, Optional<String> userxtid, int highFives,
                          Instant createdAt, Instant updatedAt) {
}
