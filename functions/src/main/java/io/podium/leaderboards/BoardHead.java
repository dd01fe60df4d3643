package io.podium.leaderboards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The current version of a campaign's board: which definition it was computed for, without which drivers
 * ({@code hiding}, a {@link HiddenDrivers#stamp}), through which finalized day and which of its metric's corrections
 * ({@code corrections}, the sequence of the latest one it reflects; 0 for none), how many drivers it ranks, and where
 * its parts are. A board computed from values that change at any time (a custom leaderboard's) also says when they
 * were read ({@code computedAt}).
 */
public record BoardHead(String version, String definition, String hiding, long corrections,
                        Optional<LocalDate> computedThrough, int total, int chunks, List<String> indexParts,
                        Optional<String> previousVersion, int previousChunks, Optional<Instant> computedAt) {
    public BoardHead {
        indexParts = List.copyOf(indexParts);
    }
}
