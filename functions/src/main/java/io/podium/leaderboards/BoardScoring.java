package io.podium.leaderboards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What score a driver is ranked by on a board. Boards are ordered by score descending; ties share a rank and the
 * next rank skips (1, 2, 2, 4); inside a tie, userxtid ascending.
 */
public interface BoardScoring {
    BigDecimal score(Standing standing);

    /** Orders and ranks every driver. */
    default List<RankedEntry> rank(Map<String, Standing> standings) {
        record Scored(Standing standing, BigDecimal score) {
        }
        List<Scored> scored = new ArrayList<>(standings.size());
        standings.values().forEach(standing -> scored.add(new Scored(standing, score(standing))));
        scored.sort(Comparator.comparing(Scored::score).reversed()
                .thenComparing(entry -> entry.standing().userxtid()));
        List<RankedEntry> ranked = new ArrayList<>(scored.size());
        int rank = 0;
        for (int position = 0; position < scored.size(); position++) {
            if (position == 0 || scored.get(position).score().compareTo(scored.get(position - 1).score()) != 0) {
                rank = position + 1;
            }
            ranked.add(new RankedEntry(position, rank, scored.get(position).standing()));
        }
        return ranked;
    }
}
