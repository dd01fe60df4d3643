package io.podium.leaderboards;

import io.podium.metrics.Metric;

import java.time.LocalDate;
import java.util.List;

/**
 * What else follows a metric's finalized days besides its campaigns' boards: more boards to keep up to date in the
 * same pass over the days (ranks, badge statistics), and work to do once they are (badges, levels, the stream).
 */
public interface MetricFollowers {
    MetricFollowers NONE = new MetricFollowers() {
        @Override
        public List<BoardSpec> boards(String copid, Metric metric) {
            return List.of();
        }

        @Override
        public void afterBoards(String copid, Metric metric, LocalDate cutOff, BoardExclusions excluded) {
        }
    };

    List<BoardSpec> boards(String copid, Metric metric);

    /**
     * Runs after every board of the metric is current, with who the boards left out (read before them, so a player
     * whose erasure began since is still in them, and what is written of them must be fenced off); must be idempotent, as a
     * message may be redelivered.
     */
    void afterBoards(String copid, Metric metric, LocalDate cutOff, BoardExclusions excluded);
}
