package io.podium.scores;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any POST …/scores/corrections body: a batch POST …/scores would take and a reason it can record, or a refusal. */
class CorrectionRequestFuzzTest {
    @FuzzTest
    void parse(byte[] body) {
        ParsedOrRefused.of(() -> CorrectionRequest.parse(body)).ifPresent(request -> {
            assertTrue(ParsedOrRefused.of(() -> ScoreBatchParser.parse(body)).filter(request.batch()::equals).isPresent(),
                    "the batch is the one POST …/scores reads");
            String reason = request.reason();
            assertFalse(reason.isEmpty(), "a reason is given");
            assertTrue(reason.codePointCount(0, reason.length()) <= CorrectionRequest.MAX_REASON, "at most 500 characters");
            assertTrue(reason.chars().noneMatch(Character::isISOControl), "no control characters");
        });
    }
}
