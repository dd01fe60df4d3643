package io.podium.scores;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.json.Json;

import java.time.LocalDate;
import java.util.Optional;

/** A validated POST finalize body. */
public record FinalizeRequest(String metric, LocalDate date) {
    public static FinalizeRequest parse(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<LocalDate> date = ScoreRules.date(errors.requiredText(root, null, "date"), null, "date", errors);
        Optional<String> metric = ScoreRules.metric(errors.requiredText(root, null, "metric"), null, "metric", errors);
        errors.throwIfAny();
        return new FinalizeRequest(metric.orElseThrow(), date.orElseThrow());
    }
}
