package io.podium.recompute;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Any queue message body: a recompute request, or IllegalArgumentException. A malformed message is a fault (the
 * queue's own writer made it), not a client's refusal: the consumer reports it failed and it ends in the dead-letter
 * queue. A decoded request is whole and reads back from its own encoding.
 */
class RecomputeCodecFuzzTest {
    @FuzzTest
    void decode(byte[] data) {
        RecomputeRequest request;
        try {
            request = RecomputeCodec.decode(new String(data, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notARequest) {
            return;
        }
        assertNotNull(request.copid());
        assertNotNull(request.metric());
        assertNotNull(request.finalizedThrough());
        assertEquals(request, RecomputeCodec.decode(RecomputeCodec.encode(request)));
    }
}
