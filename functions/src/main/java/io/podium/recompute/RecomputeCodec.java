package io.podium.recompute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.config.Sha256;
import io.podium.json.Json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one wire form of a {@link RecomputeRequest}, written by the queue and read by its consumer:
 * {"copid","metric","finalizedThrough"}. Requests are grouped by company and metric (one consumer at a time per
 * group) and deduplicated by their content and cause, so a repeat of the same request is dropped. The cause is not
 * in the body: the consumer brings the metric's boards up to its cut-off, whatever asked for it.
 */
public final class RecomputeCodec {
    private RecomputeCodec() {
    }

    public static String encode(RecomputeRequest request) {
        ObjectNode body = Json.object().put("copid", request.copid()).put("metric", request.metric());
        body.put("finalizedThrough", request.finalizedThrough().map(Object::toString).orElse(null));
        return Json.write(body);
    }

    /**
     * The request a body stands for; its cause, which the body does not carry, reads as "". A body that is not one
     * is an IllegalArgumentException, as any other fault of the message: the consumer reports the message failed.
     */
    public static RecomputeRequest decode(String body) {
        JsonNode json = Json.read(body);
        return new RecomputeRequest(text(json, "copid"), text(json, "metric"), finalizedThrough(json), "");
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.path(field);
        if (!node.isTextual()) {
            throw new IllegalArgumentException("not a recompute request: " + field + " must be a string");
        }
        return node.textValue();
    }

    private static Optional<LocalDate> finalizedThrough(JsonNode json) {
        JsonNode node = json.path("finalizedThrough");
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.asText()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a recompute request: finalizedThrough must be a date or null", e);
        }
    }

    public static String groupOf(RecomputeRequest request) {
        return request.copid() + "#" + request.metric();
    }

    public static String deduplicationId(RecomputeRequest request) {
        return Sha256.hex(request.copid() + "\n" + request.metric() + "\n"
                + request.finalizedThrough().map(Object::toString).orElse("") + "\n" + request.cause());
    }
}
