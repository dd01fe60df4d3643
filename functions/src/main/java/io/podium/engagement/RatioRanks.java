package io.podium.engagement;

import io.podium.leaderboards.BoardHead;
import io.podium.leaderboards.BoardStore;
import io.podium.leaderboards.HiddenDrivers;
import io.podium.leaderboards.RankedEntry;
import io.podium.leaderboards.RatioScoring;
import io.podium.leaderboards.Standing;
import io.podium.ranks.Rank;
import io.podium.ranks.RankDefinition;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Boards of ratio ranks, joined from the two metrics' total boards: numerator total ÷ denominator total, for drivers
 * whose denominator total is at least the rank's volume floor (and above 0), hidden drivers left out. The board is as
 * current as the less current of the two totals, and joined again when either is corrected.
 */
final class RatioRanks {
    private final BoardStore boards;

    RatioRanks(BoardStore boards) {
        this.boards = boards;
    }

    void refresh(Rank rank, HiddenDrivers hidden) {
        RankDefinition definition = rank.definition();
        String copid = rank.copid();
        Optional<BoardHead> numerator = total(copid, definition.metric());
        Optional<BoardHead> denominator = total(copid, definition.denominatorMetric().orElseThrow());
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return;
        }
        Optional<LocalDate> through = earlier(numerator.get().computedThrough(), denominator.get().computedThrough());
        if (through.isEmpty()) {
            return;
        }
        // Corrections change a total without moving its cut-off; each metric's only grow, so their sum tells a change.
        long corrections = numerator.get().corrections() + denominator.get().corrections();
        Optional<BoardHead> head = boards.head(copid, rank.boardId());
        if (head.filter(h -> h.definition().equals(definition.boardDefinition()) && h.hiding().equals(hidden.stamp())
                && h.computedThrough().equals(through) && h.corrections() == corrections).isPresent()) {
            return;
        }
        Map<String, Long> numerators = new HashMap<>();
        entries(copid, definition.metric(), numerator.get())
                .forEach(entry -> numerators.put(entry.userxtid(), entry.standing().accumulated()));
        Map<String, Standing> standings = new HashMap<>();
        long floor = Math.max(1, definition.minVolume());
        for (RankedEntry entry : entries(copid, definition.denominatorMetric().get(), denominator.get())) {
            long volume = entry.standing().accumulated();
            if (volume >= floor && volume <= Integer.MAX_VALUE && !hidden.hides(entry.userxtid())) {
                standings.put(entry.userxtid(),
                        new Standing(entry.userxtid(), numerators.getOrDefault(entry.userxtid(), 0L), (int) volume));
            }
        }
        boards.publish(copid, rank.boardId(), head, definition.boardDefinition(), hidden.stamp(), corrections, through.get(),
                new RatioScoring(definition.ratioScale()).rank(standings)); // ties as the scores shown: same decimals
    }

    private Optional<BoardHead> total(String copid, String metric) {
        return boards.head(copid, StatBoards.totalId(metric)).filter(h -> h.definition().equals(StatBoards.TOTAL_DEFINITION));
    }

    private List<RankedEntry> entries(String copid, String metric, BoardHead head) {
        return boards.entries(copid, StatBoards.totalId(metric), head);
    }

    private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
        return a.isPresent() && b.isPresent() ? Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get()) : Optional.empty();
    }
}
