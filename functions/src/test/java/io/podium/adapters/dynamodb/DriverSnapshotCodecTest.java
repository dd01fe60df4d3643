package io.podium.adapters.dynamodb;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DriverSnapshotCodecTest {
    private static final int ITEM_LIMIT = 400 * 1024;

    private static Map<String, Integer> decodeAll(List<byte[]> chunks) {
        Map<String, Integer> levels = new HashMap<>();
        chunks.forEach(chunk -> DriverSnapshot.decode(chunk, levels));
        return levels;
    }

    @Test
    void roundTripsAnyDriverIdWithoutControlCharacters() {
        Map<String, Integer> levels = Map.of("driver 😀 #1", 30, "ü-ß\\\"'", 0, "x", 7);
        assertEquals(levels, decodeAll(DriverSnapshot.encode(levels)));
        assertEquals(Map.of(), decodeAll(DriverSnapshot.encode(Map.of())));
    }

    @Test
    void cutsAFleetIntoChunksThatEachFitOneItemEvenWhenIdsDoNotCompress() {
        Random random = new Random(12);
        Map<String, Integer> levels = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            StringBuilder id = new StringBuilder();
            // 128 characters of three bytes each, spread so that deflate finds nothing to shorten.
            for (int c = 0; c < 128; c++) {
                id.append((char) (0x4E00 + random.nextInt(20_000)));
            }
            levels.put(id.toString(), random.nextInt(31));
        }
        List<byte[]> chunks = DriverSnapshot.encode(levels);
        assertTrue(chunks.size() > 1, "a fleet spans several chunks");
        chunks.forEach(chunk -> assertTrue(chunk.length < ITEM_LIMIT - 1024, "a chunk of " + chunk.length + " bytes"));
        assertEquals(levels, decodeAll(chunks));
    }
}
