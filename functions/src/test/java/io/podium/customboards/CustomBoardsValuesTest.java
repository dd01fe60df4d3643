package io.podium.customboards;

import io.podium.errors.InvalidInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The values around custom leaderboards: notices' buckets, team scores, how a score is kept and shown. */
class CustomBoardsValuesTest {
    @Test
    void everyChangeOfOneBucketGivesOneNoticeDueWhenTheBucketCloses() {
        BoardsNotice first = BoardsNotice.of("acme", Instant.parse("2026-12-06T10:00:00.000Z"));
        assertEquals(Instant.parse("2026-12-06T10:00:10Z"), first.due());
        assertEquals(first, BoardsNotice.of("acme", Instant.parse("2026-12-06T10:00:09.999Z")));
        assertEquals(Instant.parse("2026-12-06T10:00:20Z"), BoardsNotice.of("acme", Instant.parse("2026-12-06T10:00:10Z")).due());
        assertEquals(first, BoardsNotice.decode(first.encode()));
        assertThrows(IllegalArgumentException.class, () -> BoardsNotice.decode("{\"copid\":\"acme\"}"));
    }

    @Test
    void aTeamsAverageIsRoundedHalfUpToTwoDecimalsAndItsSumIsExact() {
        assertEquals(new BigDecimal("1.67"), Aggregation.AVERAGE.of(List.of(1L, 2L, 2L)));
        assertEquals(new BigDecimal("0.50"), Aggregation.AVERAGE.of(List.of(0L, 1L)));
        assertEquals(new BigDecimal("-0.50"), Aggregation.AVERAGE.of(List.of(0L, -1L)), "half away from zero");
        assertEquals(new BigDecimal("0.00"), Aggregation.AVERAGE.of(List.of()));
        assertEquals(BigDecimal.valueOf(5), Aggregation.SUM.of(List.of(1L, 2L, 2L)));
    }

    @Test
    void aScoreIsKeptInHundredthsAndShownWithoutTrailingZeros() {
        assertEquals(167, CustomBoardRecompute.hundredths(new BigDecimal("1.67")));
        assertEquals(-1200, CustomBoardRecompute.hundredths(BigDecimal.valueOf(-12)));
        assertEquals("1.67", CustomBoardRecompute.shown(167).toPlainString());
        assertEquals("1.5", CustomBoardRecompute.shown(150).toPlainString());
        assertEquals("1200", CustomBoardRecompute.shown(120000).toPlainString());
        assertEquals("0", CustomBoardRecompute.shown(0).toPlainString());
    }

    @Test
    void aRegistrationNamesEachEntityAndScopeOnce() {
        Registration registration = Registration.parse("{\"entity_ids\":[\"po\",\"po\",\"ripley\"],\"scopes\":[\"c1\"]}"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("po", "ripley"), registration.entityIds());
        assertThrows(InvalidInput.class, () -> Registration.parse("{\"entity_ids\":[\"po\"],\"scopes\":[\"-x\"]}"
                .getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidInput.class, () -> Registration.parse("{\"entity_ids\":[1],\"scopes\":[\"c1\"]}"
                .getBytes(StandardCharsets.UTF_8)));
    }
}
