package io.podium.adapters.dynamodb;

import io.podium.leaderboards.RankedEntry;
import io.podium.leaderboards.Standing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Packs board entries into compact, compressed item payloads: one line per driver, tab-separated
 * (userxtid, position, rank, accumulated, days). Driver ids hold no control characters, so tabs and
 * newlines are safe separators. Packing many drivers per item is what keeps a board's write units near its
 * size in kilobytes instead of one write per driver.
 */
final class BoardCodec {
    private BoardCodec() {
    }

    static byte[] encode(List<RankedEntry> entries) {
        StringBuilder text = new StringBuilder(entries.size() * 32);
        for (RankedEntry entry : entries) {
            text.append(entry.userxtid()).append('\t').append(entry.position()).append('\t').append(entry.rank())
                    .append('\t').append(entry.standing().accumulated()).append('\t').append(entry.standing().days())
                    .append('\n');
        }
        return deflate(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static List<RankedEntry> decode(byte[] payload) {
        String text = new String(inflate(payload), StandardCharsets.UTF_8);
        List<RankedEntry> entries = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String[] fields = text.substring(start, end).split("\t", -1);
            entries.add(new RankedEntry(Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                    new Standing(fields[0], Long.parseLong(fields[3]), Integer.parseInt(fields[4]))));
            start = end + 1;
        }
        return entries;
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] compressed) {
        Inflater inflater = new Inflater();
        inflater.setInput(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int read = inflater.inflate(buffer);
                if (read == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("truncated board payload");
                }
                out.write(buffer, 0, read);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("corrupt board payload", e);
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }
}
