package io.podium.customboards;

import com.fasterxml.jackson.databind.JsonNode;
import io.podium.json.Json;

import java.time.Duration;
import java.time.Instant;

/**
 * A notice that a company's custom leaderboards are due for a recompute: every change made before {@code due} must
 * show. Changes are gathered in buckets of {@link #BUCKET}: every change in one bucket gives the same notice, due when
 * the bucket closes, and the queue holds each notice at least that long (its delay), so the recompute it starts reads
 * every change of the bucket. A board computed from values read after {@code due} needs nothing more.
 */
public record BoardsNotice(String copid, Instant due) {
    public static final Duration BUCKET = Duration.ofSeconds(10);

    /** The notice a change made at {@code now} gives. */
    public static BoardsNotice of(String copid, Instant now) {
        long bucket = now.toEpochMilli() / BUCKET.toMillis();
        return new BoardsNotice(copid, Instant.ofEpochMilli((bucket + 1) * BUCKET.toMillis()));
    }

    public String encode() {
        return Json.object().put("copid", copid).put("due", due.toString()).toString();
    }

    /** @throws IllegalArgumentException for a body that is no notice */
    public static BoardsNotice decode(String body) {
        JsonNode json = Json.read(body);
        if (!json.path("copid").isTextual() || !json.path("due").isTextual()) {
            throw new IllegalArgumentException("not a custom leaderboards notice");
        }
        return new BoardsNotice(json.get("copid").textValue(), Instant.parse(json.get("due").textValue()));
    }
}
