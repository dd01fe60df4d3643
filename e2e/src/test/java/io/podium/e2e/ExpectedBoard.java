package io.podium.e2e;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A leaderboard computed independently of Podium, straight from the scores a test submitted, as the
 * contract states it: only finalized days inside the window count; total sums, best_day takes the maximum,
 * active_days counts days, average is the mean rounded half-up to 2 decimals; score descending, ties share
 * a rank and the next rank skips, ties ordered by userxtid.
 */
final class ExpectedBoard {
    record Entry(int rank, String userxtid, BigDecimal score, int days) {
        /** 2.50 from Podium and 2.5 from a JSON parser are the same score. */
        Entry {
            score = score.stripTrailingZeros();
        }

        @Override
        public String toString() {
            return rank + ":" + userxtid + "=" + score.toPlainString() + "/" + days;
        }
    }

    private ExpectedBoard() {
    }

    static List<Entry> compute(Map<LocalDate, Map<String, Integer>> scoresByDay, LocalDate start, LocalDate end,
                               LocalDate finalizedThrough, String aggregation) {
        Map<String, List<Integer>> counted = new HashMap<>();
        scoresByDay.forEach((day, scores) -> {
            if (!day.isBefore(start) && !day.isAfter(end) && !day.isAfter(finalizedThrough)) {
                scores.forEach((user, score) -> counted.computeIfAbsent(user, u -> new ArrayList<>()).add(score));
            }
        });
        record Scored(String user, BigDecimal score, int days) {
        }
        List<Scored> scored = new ArrayList<>();
        counted.forEach((user, days) -> {
            long sum = days.stream().mapToLong(Integer::longValue).sum();
            BigDecimal score = switch (aggregation) {
                case "total" -> BigDecimal.valueOf(sum);
                case "best_day" -> BigDecimal.valueOf(days.stream().mapToInt(Integer::intValue).max().orElseThrow());
                case "active_days" -> BigDecimal.valueOf(days.size());
                case "average" -> BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(days.size()), 2, RoundingMode.HALF_UP);
                default -> throw new IllegalArgumentException(aggregation);
            };
            scored.add(new Scored(user, score, days.size()));
        });
        scored.sort(Comparator.comparing(Scored::score).reversed().thenComparing(Scored::user));
        List<Entry> board = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            int rank = i > 0 && scored.get(i).score().compareTo(scored.get(i - 1).score()) == 0 ? board.get(i - 1).rank() : i + 1;
            board.add(new Entry(rank, scored.get(i).user(), scored.get(i).score(), scored.get(i).days()));
        }
        return board;
    }
}
