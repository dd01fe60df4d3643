package io.podium.activity;

import com.fasterxml.jackson.databind.JsonNode;
import io.podium.events.Change;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An event of the company's log as the feeds read it back: its id, type, actor (none: company-wide), time, payload and changes. */
public record FeedEvent(long id, String type, Optional<String> actor, Instant at, JsonNode payload, List<Change> changes) {
    public FeedEvent {
        changes = List.copyOf(changes);
    }

    public FeedPosition position() {
        return new FeedPosition(at, id);
    }
}
