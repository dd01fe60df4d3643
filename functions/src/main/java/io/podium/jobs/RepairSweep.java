package io.podium.jobs;

import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignStore;
import io.podium.erasure.Erasure;
import io.podium.engagement.StatBoards;
import io.podium.leaderboards.BoardHead;
import io.podium.leaderboards.BoardStore;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.recompute.RecomputeQueue;
import io.podium.recompute.RecomputeRequest;
import io.podium.scores.CorrectionStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds boards behind their metric's cut-off or its latest correction (a lost or dead-lettered message, a consumer
 * that never ran) and queues a recompute of their metric, once per metric per run; and finishes the players' erasures
 * whose function died on the way.
 */
public final class RepairSweep {
    private final CampaignStore campaigns;
    private final MetricStore metrics;
    private final BoardStore boards;
    private final CorrectionStore corrections;
    private final RecomputeQueue queue;
    private final Erasure erasure;
    private final Clock clock;

    public RepairSweep(CampaignStore campaigns, MetricStore metrics, BoardStore boards, CorrectionStore corrections,
                       RecomputeQueue queue, Erasure erasure, Clock clock) {
        this.campaigns = campaigns;
        this.metrics = metrics;
        this.boards = boards;
        this.corrections = corrections;
        this.queue = queue;
        this.erasure = erasure;
        this.clock = clock;
    }

    /** @return how many metrics were queued */
    public int run() {
        erasure.resume();
        Set<String> queued = new HashSet<>();
        Map<String, Long> latest = new HashMap<>();
        String cause = "sweep:" + clock.instant();
        campaigns.forEach(campaign -> {
            Optional<LocalDate> cutOff = metrics.find(campaign.copid(), campaign.metric()).flatMap(Metric::finalizedThrough);
            if (cutOff.isPresent() && isBehind(campaign, cutOff.get(), latest)
                    && queued.add(campaign.copid() + "#" + campaign.metric())) {
                queue.send(new RecomputeRequest(campaign.copid(), campaign.metric(), cutOff, cause));
            }
        });
        // Every finalized metric keeps a total board (ranks, badges and levels read it): one behind means the
        // metric's engagement is behind too.
        metrics.forEach((copid, metric) -> metric.finalizedThrough()
                .filter(cutOff -> isBehind(copid, metric.name(), StatBoards.totalId(metric.name()),
                        StatBoards.TOTAL_DEFINITION, cutOff, latest))
                .filter(cutOff -> queued.add(copid + "#" + metric.name()))
                .ifPresent(cutOff -> queue.send(new RecomputeRequest(copid, metric.name(), Optional.of(cutOff), cause))));
        return queued.size();
    }

    private boolean isBehind(Campaign campaign, LocalDate cutOff, Map<String, Long> latest) {
        return isBehind(campaign.copid(), campaign.metric(), campaign.id(), campaign.boardDefinition(), cutOff, latest);
    }

    /** Whether the board is missing, of another definition, or behind the cut-off or the metric's latest correction. */
    private boolean isBehind(String copid, String metric, String boardId, String definition, LocalDate cutOff,
                             Map<String, Long> latest) {
        Optional<BoardHead> head = boards.head(copid, boardId).filter(board -> board.definition().equals(definition));
        return head.flatMap(BoardHead::computedThrough).filter(through -> !through.isBefore(cutOff)).isEmpty()
                || head.get().corrections() < latest.computeIfAbsent(copid + "#" + metric,
                        key -> corrections.latest(copid, metric));
    }
}
