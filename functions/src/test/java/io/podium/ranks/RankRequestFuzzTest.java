package io.podium.ranks;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;
import io.podium.scores.ScoreRules;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any POST rank body and any PUT rank (rename) body: a rank that keeps the rules, or a refusal. */
class RankRequestFuzzTest {
    @FuzzTest
    void parse(byte[] body) {
        ParsedOrRefused.of(() -> RankRequest.parse(body, () -> SeedRules.DEFAULT,
                number -> number == 7 ? Optional.of("sellers") : Optional.empty())).ifPresent(rank -> {
            assertIsALabel(rank.name());
            assertIsALabel(rank.icon());
            assertTrue(ScoreRules.METRIC.matcher(rank.metric()).matches(), rank.metric());
            rank.denominatorMetric().ifPresent(d -> assertTrue(ScoreRules.METRIC.matcher(d).matches(), d));
            // A ratio has a denominator; every other rule has neither a denominator nor a minimum volume.
            assertEquals(rank.rule() == RankRule.RATIO, rank.denominatorMetric().isPresent(), rank::toString);
            assertTrue(rank.rule() == RankRule.RATIO || rank.minVolume() == 0, rank::toString);
            assertTrue(rank.minVolume() >= 0 && rank.minVolume() <= Long.MAX_VALUE / 2, rank::toString);
            // Only a team that exists; a conversion rate keeps both of the CRM's ids, the other rules none.
            rank.team().ifPresent(team -> assertEquals(new RankTeam("sellers", 7), team));
            rank.seed().ifPresent(seed -> {
                assertEquals(seed.rule().isRatio(), seed.relationsPathId().isPresent(), rank::toString);
                assertEquals(seed.rule().isRatio(), seed.milestoneId().isPresent(), rank::toString);
            });
        });
    }

    @FuzzTest
    void parseName(byte[] body) {
        ParsedOrRefused.of(() -> RankRequest.parseName(body)).ifPresent(RankRequestFuzzTest::assertIsALabel);
    }

    private static void assertIsALabel(String text) {
        assertFalse(text.isEmpty());
        assertTrue(text.codePointCount(0, text.length()) <= RankRequest.MAX_TEXT, text);
        assertTrue(text.chars().noneMatch(Character::isISOControl), text);
    }
}
