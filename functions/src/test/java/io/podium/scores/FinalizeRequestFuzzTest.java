package io.podium.scores;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any POST scores/finalize body: a metric and a real date, or a refusal. */
class FinalizeRequestFuzzTest {
    @FuzzTest
    void parse(byte[] body) {
        ParsedOrRefused.of(() -> FinalizeRequest.parse(body)).ifPresent(request -> {
            assertTrue(ScoreRules.METRIC.matcher(request.metric()).matches(), request.metric());
            // The date is one the rules read back to itself: no 2026-02-30 rounded to the 28th.
            assertEquals(request.date(), ScoreRules.parseDate(request.date().toString()).orElseThrow());
        });
    }
}
