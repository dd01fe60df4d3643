package io.podium.paging;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any ?cursor=: the key it was made from (a cursor is accepted only in the one form encode gives), a position of 0 or
 * more, or a refusal; and every key and position round-trips through its cursor.
 */
class CursorFuzzTest {
    @FuzzTest
    void decode(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        ParsedOrRefused.of(() -> Cursor.decode(Optional.of(text)).orElseThrow()).ifPresent(key -> {
            assertFalse(key.isEmpty());
            assertEquals(text, Cursor.encode(key));
        });
        ParsedOrRefused.of(() -> Cursor.position(Optional.of(text)))
                .ifPresent(position -> assertTrue(position >= 0, () -> "position " + position));

        // The same text as a key: UTF-8 decoding left it well-formed, so its cursor gives it back.
        if (!text.isEmpty()) {
            assertEquals(Optional.of(text), Cursor.decode(Optional.of(Cursor.encode(text))));
        }
        int position = text.hashCode() & Integer.MAX_VALUE;
        assertEquals(position, Cursor.position(Optional.of(Cursor.ofPosition(position))));
    }
}
