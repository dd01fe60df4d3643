package io.podium.recompute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecomputeCodecTest {
    private static final RecomputeRequest FINALIZE = RecomputeRequest.afterFinalize("acme", "eco", LocalDate.of(2026, 3, 10));

    @Test
    void theBodyIsWhatTheConsumerReads() {
        assertEquals("{\"copid\":\"acme\",\"metric\":\"eco\",\"finalizedThrough\":\"2026-03-10\"}", RecomputeCodec.encode(FINALIZE));
        assertEquals(new RecomputeRequest("acme", "eco", Optional.of(LocalDate.of(2026, 3, 10)), ""),
                RecomputeCodec.decode(RecomputeCodec.encode(FINALIZE)));
        assertEquals(new RecomputeRequest("acme", "eco", Optional.empty(), ""),
                RecomputeCodec.decode("{\"copid\":\"acme\",\"metric\":\"eco\",\"finalizedThrough\":null}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{}", "{\"metric\":\"eco\"}", "{\"copid\":1,\"metric\":\"eco\"}",
            "{\"copid\":\"acme\",\"metric\":\"eco\",\"finalizedThrough\":\"2026-02-30\"}",
            "{\"copid\":\"acme\",\"metric\":\"eco\",\"finalizedThrough\":20260301}"})
    void aBodyThatIsNoRequestIsAnIllegalArgument(String body) {
        assertThrows(IllegalArgumentException.class, () -> RecomputeCodec.decode(body));
    }

    @Test
    void requestsAreGroupedByMetricAndTheSameRequestIsDeduplicated() {
        RecomputeRequest campaign = new RecomputeRequest("acme", "eco", Optional.empty(), "campaign:march:1");
        assertEquals("acme#eco", RecomputeCodec.groupOf(campaign));
        assertEquals(RecomputeCodec.deduplicationId(FINALIZE),
                RecomputeCodec.deduplicationId(RecomputeRequest.afterFinalize("acme", "eco", LocalDate.of(2026, 3, 10))));
        assertNotEquals(RecomputeCodec.deduplicationId(campaign),
                RecomputeCodec.deduplicationId(new RecomputeRequest("acme", "eco", Optional.empty(), "campaign:march:2")));
    }
}
