package io.podium.leaderboards;

import io.podium.activity.ActivityEvent;
import io.podium.activity.ActivityLog;
import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignStore;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.scores.ScorePage;
import io.podium.scores.ScoreStore;
import io.podium.scores.StoredScore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brings the boards of a metric's campaigns up to the metric's cut-off. It trusts no message: the cut-off
 * is read from the store, so duplicate, late and out-of-order requests all converge on the same board.
 * When the cut-off advances it reads only the newly finalized days inside the campaign and adds them to
 * the stored aggregates; a campaign whose definition changed (or that has no board) is rebuilt from its
 * first day.
 */
public final class BoardRecomputer {
    private static final int SCORE_PAGE = 1000;

    private final MetricStore metrics;
    private final CampaignStore campaigns;
    private final ScoreStore scores;
    private final BoardStore boards;
    private final ActivityLog activity;
    private final Clock clock;

    public BoardRecomputer(MetricStore metrics, CampaignStore campaigns, ScoreStore scores, BoardStore boards,
                           ActivityLog activity, Clock clock) {
        this.metrics = metrics;
        this.campaigns = campaigns;
        this.scores = scores;
        this.boards = boards;
        this.activity = activity;
        this.clock = clock;
    }

    public void recompute(String copid, String metric) {
        Optional<LocalDate> cutOff = metrics.find(copid, metric).flatMap(Metric::finalizedThrough);
        if (cutOff.isEmpty()) {
            return;
        }
        for (Campaign campaign : campaigns.onMetric(copid, metric)) {
            recompute(campaign, cutOff.get());
        }
    }

    private void recompute(Campaign campaign, LocalDate cutOff) {
        Optional<BoardHead> head = boards.head(campaign.copid(), campaign.id());
        String definition = campaign.boardDefinition();
        Optional<BoardHead> current = head.filter(h -> h.definition().equals(definition));
        Optional<LocalDate> through = current.flatMap(BoardHead::computedThrough);
        if (through.filter(t -> !t.isBefore(cutOff)).isPresent()) {
            return;
        }
        LocalDate from = through.map(t -> t.plusDays(1)).filter(d -> d.isAfter(campaign.startDate()))
                .orElse(campaign.startDate());
        LocalDate to = cutOff.isBefore(campaign.endDate()) ? cutOff : campaign.endDate();
        if (current.isPresent() && from.isAfter(to)) {
            boards.advance(campaign.copid(), campaign.id(), current.get(), cutOff);
            return;
        }
        Scoring scoring = new Scoring(campaign.aggregation());
        Map<String, Standing> standings = new HashMap<>();
        current.ifPresent(board -> boards.entries(campaign.copid(), campaign.id(), board)
                .forEach(entry -> standings.put(entry.userxtid(), entry.standing())));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            addDay(campaign, day, scoring, standings);
        }
        List<RankedEntry> ranked = scoring.rank(standings);
        if (!cutOff.isBefore(campaign.endDate())) {
            // Before publishing: the finalized days are immutable, so the winners are final now, and a
            // consumer that dies after publishing still gets the event recorded by its redelivery.
            activity.record(ActivityEvent.campaignCompleted(campaign.copid(), campaign.id(), definition,
                    clock.instant(), ranked.stream().filter(e -> e.rank() == 1).map(RankedEntry::userxtid).toList(),
                    cutOff.toString()));
        }
        boards.publish(campaign.copid(), campaign.id(), head, definition, cutOff, ranked);
    }

    private void addDay(Campaign campaign, LocalDate day, Scoring scoring, Map<String, Standing> standings) {
        Optional<String> after = Optional.empty();
        do {
            ScorePage page = scores.day(campaign.copid(), campaign.metric(), day, SCORE_PAGE, after);
            for (StoredScore score : page.scores()) {
                standings.put(score.userxtid(), scoring.add(standings.get(score.userxtid()), score.userxtid(), score.score()));
            }
            after = page.lastUserxtid();
        } while (after.isPresent());
    }
}
