package io.podium.scores;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;
import io.podium.ids.DriverId;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any POST scores body: a batch the store can take as it is, or a refusal. */
class ScoreBatchParserFuzzTest {
    @FuzzTest
    void parse(byte[] body) {
        ParsedOrRefused.of(() -> ScoreBatchParser.parse(body)).ifPresent(batch -> {
            assertTrue(body.length <= ScoreBatchParser.MAX_BODY_BYTES, "an accepted body is at most 256 KiB");
            assertTrue(ScoreRules.METRIC.matcher(batch.metric()).matches(), batch.metric());
            assertFalse(batch.scores().isEmpty(), "an accepted batch has scores");
            assertTrue(batch.scores().size() <= ScoreBatchParser.MAX_BATCH, "at most 50 scores");
            Set<String> drivers = new HashSet<>();
            for (Score score : batch.scores()) {
                assertEquals(Optional.empty(), DriverId.problem(score.userxtid()), score.userxtid());
                assertTrue(drivers.add(score.userxtid()), () -> "duplicate userxtid " + score.userxtid());
            }
        });
    }
}
