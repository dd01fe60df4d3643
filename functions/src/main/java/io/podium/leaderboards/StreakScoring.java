package io.podium.leaderboards;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Runs of consecutive finalized days with a score at or above a threshold. A standing's {@code accumulated} is the
 * longest run so far and {@code days} the run still going, so that a later day can extend it.
 */
public record StreakScoring(long threshold) implements DayScoring {

    @Override
    public Standing add(Standing before, String userxtid, int score) {
        long longest = before == null ? 0 : before.accumulated();
        int current = before == null ? 0 : before.days();
        if (score < threshold) {
            return new Standing(userxtid, longest, 0);
        }
        return new Standing(userxtid, Math.max(longest, current + 1L), current + 1);
    }

    @Override
    public void endOfDay(Map<String, Standing> standings, Set<String> scoredThatDay) {
        standings.replaceAll((userxtid, standing) -> standing.days() == 0 || scoredThatDay.contains(userxtid)
                ? standing
                : new Standing(userxtid, standing.accumulated(), 0));
    }

    @Override
    public BigDecimal score(Standing standing) {
        return BigDecimal.valueOf(standing.accumulated());
    }
}
