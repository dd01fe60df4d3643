package io.podium.adapters.dynamodb;

import io.podium.leaderboards.RankedEntry;
import io.podium.leaderboards.Standing;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoardCodecTest {
    @Test
    void roundTripsEntriesWithAnyDriverIdWithoutControlCharacters() {
        List<RankedEntry> entries = List.of(
                new RankedEntry(0, 1, new Standing("driver 😀 #1", Long.MAX_VALUE, 3650)),
                new RankedEntry(1, 2, new Standing("ü-ß\\\"'", -2147483648L * 10, 1)),
                new RankedEntry(2, 2, new Standing("x", 0, 0)));
        assertEquals(entries, BoardCodec.decode(BoardCodec.encode(entries)));
        assertEquals(List.of(), BoardCodec.decode(BoardCodec.encode(List.of())));
    }

    /** A custom board's entries name what they rank; a label may hold spaces and any character but a control one. */
    @Test
    void roundTripsLabelsBesideEntriesWithout() {
        List<RankedEntry> entries = List.of(
                new RankedEntry(0, 1, new Standing("ripley", 700, 0)).labelled("Ellen Ripley 😀 #1"),
                new RankedEntry(1, 2, new Standing("po", 0, 0)),
                new RankedEntry(2, 2, new Standing("navi", 0, 0)).labelled(""));
        assertEquals(entries, BoardCodec.decode(BoardCodec.encode(entries)));
    }

    @Test
    void compressesTypicalBoardsWellBelowOneItemPerDriver() {
        List<RankedEntry> entries = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            entries.add(new RankedEntry(i, i + 1, new Standing(String.format("driver-%06d", i * 7919 % 100000), 1000 - i, 30)));
        }
        int bytes = BoardCodec.encode(entries).length;
        assertTrue(bytes < 500 * 16, "500 entries took " + bytes + " bytes");
    }

    @Test
    void refusesCorruptPayloads() {
        assertThrows(IllegalStateException.class, () -> BoardCodec.decode(new byte[]{1, 2, 3}));
    }
}
