package io.podium.api.scores;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.IsoTime;
import io.podium.scores.ScoreChange;
import io.podium.scores.ScoreCorrection;

/** A corrected score as the corrections routes show it: {@code old} is null when the driver had no score that day. */
final class CorrectionJson {
    private CorrectionJson() {
    }

    static void change(ObjectNode json, ScoreChange change) {
        json.put("userxtid", change.userxtid())
                .put("old", change.before().orElse(null))
                .put("new", change.after());
    }

    static void entry(ObjectNode json, ScoreCorrection correction) {
        json.put("date", correction.date().toString()).put("metric", correction.metric());
        change(json, correction.change());
        json.put("reason", correction.reason())
                .put("by", correction.by())
                .put("at", IsoTime.format(correction.at()));
    }
}
