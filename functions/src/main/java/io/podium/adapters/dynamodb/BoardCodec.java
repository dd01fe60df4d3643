package io.podium.adapters.dynamodb;

import io.podium.leaderboards.RankedEntry;
import io.podium.leaderboards.Standing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Packs board entries into compact, compressed item payloads: one line per driver, tab-separated
 * (userxtid, position, rank, accumulated, days, and the label when the entry has one). Driver ids, aliases and team
 * names hold no control characters, so tabs and newlines are safe separators. Packing many drivers per item is what keeps a board's write units near its
 * size in kilobytes instead of one write per driver.
 */
final class BoardCodec {
    private BoardCodec() {
    }

    static byte[] encode(List<RankedEntry> entries) {
        StringBuilder text = new StringBuilder(entries.size() * 32);
        for (RankedEntry entry : entries) {
            text.append(entry.userxtid()).append('\t').append(entry.position()).append('\t').append(entry.rank())
                    .append('\t').append(entry.standing().accumulated()).append('\t').append(entry.standing().days());
            entry.label().ifPresent(label -> text.append('\t').append(label));
            text.append('\n');
        }
        return Deflate.compress(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static List<RankedEntry> decode(byte[] payload) {
        String text = new String(Deflate.decompress(payload), StandardCharsets.UTF_8);
        List<RankedEntry> entries = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String[] fields = text.substring(start, end).split("\t", -1);
            entries.add(new RankedEntry(Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                    new Standing(fields[0], Long.parseLong(fields[3]), Integer.parseInt(fields[4])),
                    fields.length > 5 ? Optional.of(fields[5]) : Optional.empty()));
            start = end + 1;
        }
        return entries;
    }
}
