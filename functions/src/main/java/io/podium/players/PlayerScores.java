package io.podium.players;

import io.podium.engagement.StatBoards;
import io.podium.leaderboards.BoardStore;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;

import java.util.List;

/**
 * A player's scores, as Playoff's profile lists them: every metric of the company, with the player's total over its
 * finalized days (0 without one), read from the metric's statistics board.
 */
public final class PlayerScores {
    private final MetricStore metrics;
    private final BoardStore boards;

    public PlayerScores(MetricStore metrics, BoardStore boards) {
        this.metrics = metrics;
        this.boards = boards;
    }

    public List<MetricScore> of(String copid, String playerId) {
        return metrics.list(copid).stream()
                .map(Metric::name)
                .map(metric -> new MetricScore(metric, boards.standing(copid, StatBoards.totalId(metric), playerId)
                        .filter(standing -> standing.definition().equals(StatBoards.TOTAL_DEFINITION))
                        .map(standing -> standing.entry().standing().accumulated())
                        .orElse(0L)))
                .toList();
    }
}
