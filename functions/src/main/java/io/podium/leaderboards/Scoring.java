package io.podium.leaderboards;

import io.podium.campaigns.Aggregation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The campaign rules that turn daily scores into a ranking: how a day adds to a driver's aggregate, what
 * score a driver shows, and the order of the board (score descending, ties share a rank and the next rank
 * skips: 1, 2, 2, 4; inside a tie, userxtid ascending).
 */
public final class Scoring {
    private final Aggregation aggregation;

    public Scoring(Aggregation aggregation) {
        this.aggregation = aggregation;
    }

    /** Adds one finalized day's score of a driver to their aggregate (absent before their first counted day). */
    public Standing add(Standing before, String userxtid, int score) {
        if (before == null) {
            return new Standing(userxtid, score, 1);
        }
        long accumulated = aggregation == Aggregation.BEST_DAY
                ? Math.max(before.accumulated(), score)
                : before.accumulated() + score;
        return new Standing(userxtid, accumulated, before.days() + 1);
    }

    /** The score a driver is ranked by and shown with: for average, the mean rounded half-up to 2 decimals. */
    public BigDecimal score(Standing standing) {
        return switch (aggregation) {
            case TOTAL, BEST_DAY -> BigDecimal.valueOf(standing.accumulated());
            case ACTIVE_DAYS -> BigDecimal.valueOf(standing.days());
            case AVERAGE -> BigDecimal.valueOf(standing.accumulated())
                    .divide(BigDecimal.valueOf(standing.days()), 2, RoundingMode.HALF_UP);
        };
    }

    /** Orders and ranks every driver. */
    public List<RankedEntry> rank(Map<String, Standing> standings) {
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
