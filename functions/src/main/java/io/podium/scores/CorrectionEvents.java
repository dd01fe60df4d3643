package io.podium.scores;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.events.Change;
import io.podium.events.CompanyEvent;
import io.podium.json.Json;

import java.util.List;
import java.util.Optional;

/**
 * A corrected score in the company's log: a {@value #TYPE} event of the driver, its change the day's score before
 * (null when there was none) and after, its payload the {@code metric}, the {@code date}, the {@code reason} and the
 * correction's number ({@code correction}; the token that made it stays in the record of corrections). The key names
 * the fact, {@code correction#<metric>#<number>#<driver>}: a driver is corrected once by one correction, so a repeated
 * request that logs it again logs nothing.
 */
public final class CorrectionEvents {
    public static final String TYPE = "correction";

    private CorrectionEvents() {
    }

    public static CompanyEvent of(String copid, ScoreCorrection correction) {
        ObjectNode payload = Json.object().put("metric", correction.metric()).put("date", correction.date().toString())
                .put("reason", correction.reason()).put("correction", correction.sequence());
        Change change = new Change(correction.metric(), correction.before().map(String::valueOf).orElse(null),
                Integer.toString(correction.after()));
        return new CompanyEvent(copid, TYPE + "#" + correction.metric() + "#" + correction.sequence() + "#"
                + correction.userxtid(), TYPE, Optional.of(correction.userxtid()), correction.at(), payload,
                List.of(change), false);
    }
}
