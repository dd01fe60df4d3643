package io.podium.leaderboards;

import io.podium.campaigns.CampaignStore;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.scores.ScorePage;
import io.podium.scores.ScoreStore;
import io.podium.scores.StoredScore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings every board of a metric up to the metric's cut-off: its campaigns' boards and the boards its followers add
 * (ranks, badge statistics). It trusts no message: the cut-off is read from the store, so duplicate, late and
 * out-of-order requests all converge on the same boards. When the cut-off advances only the newly finalized days are
 * read and added to the stored standings; a board whose definition changed (or that has none) is rebuilt from its
 * first day. Each day is read once for all the boards that count it.
 */
public final class BoardRecomputer {
    private static final int SCORE_PAGE = 1000;

    private final MetricStore metrics;
    private final CampaignStore campaigns;
    private final ScoreStore scores;
    private final BoardStore boards;
    private final MetricFollowers followers;
    private final Roster roster;

    /** A board that has days to add: its standings so far, the days still to count and the drivers it leaves out. */
    private static final class Pending {
        final BoardSpec spec;
        final Optional<BoardHead> head;
        final HiddenDrivers hidden;
        final Map<String, Standing> standings = new HashMap<>();
        final LocalDate from;
        final LocalDate to;

        Pending(BoardSpec spec, Optional<BoardHead> head, HiddenDrivers hidden, LocalDate from, LocalDate to) {
            this.spec = spec;
            this.head = head;
            this.hidden = hidden;
            this.from = from;
            this.to = to;
        }

        boolean counts(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    public BoardRecomputer(MetricStore metrics, CampaignStore campaigns, ScoreStore scores, BoardStore boards,
                           MetricFollowers followers, Roster roster) {
        this.metrics = metrics;
        this.campaigns = campaigns;
        this.scores = scores;
        this.boards = boards;
        this.followers = followers;
        this.roster = roster;
    }

    public void recompute(String copid, String metricName) {
        Optional<Metric> found = metrics.find(copid, metricName);
        Optional<LocalDate> cutOff = found.flatMap(Metric::finalizedThrough);
        if (cutOff.isEmpty()) {
            return;
        }
        Metric metric = found.get();
        List<BoardSpec> specs = new ArrayList<>();
        campaigns.onMetric(copid, metricName).forEach(campaign -> specs.add(BoardSpec.of(campaign)));
        specs.addAll(followers.boards(copid, metric));
        BoardExclusions excluded = roster.exclusions(copid);
        List<Pending> pending = new ArrayList<>();
        for (BoardSpec spec : specs) {
            pending(spec, cutOff.get(), spec.hidden(excluded)).ifPresent(pending::add);
        }
        Set<String> counted = addDays(copid, metric, pending);
        if (!counted.isEmpty()) {
            roster.enrol(copid, counted);
        }
        for (Pending board : pending) {
            publish(board, cutOff.get());
        }
        followers.afterBoards(copid, metric, cutOff.get(), excluded.shown());
    }

    /**
     * The board's days still to count, with its standings so far; empty when it is current or only its cut-off moves.
     * A board computed for another definition, or without other drivers than {@code hidden}, is rebuilt.
     */
    private Optional<Pending> pending(BoardSpec spec, LocalDate cutOff, HiddenDrivers hidden) {
        Optional<BoardHead> head = boards.head(spec.copid(), spec.boardId());
        Optional<BoardHead> current = head.filter(h -> h.definition().equals(spec.definition())
                && h.hiding().equals(hidden.stamp()));
        Optional<LocalDate> through = current.flatMap(BoardHead::computedThrough);
        if (through.filter(t -> !t.isBefore(cutOff)).isPresent()) {
            return Optional.empty();
        }
        LocalDate from = through.map(t -> t.plusDays(1)).filter(d -> d.isAfter(spec.start())).orElse(spec.start());
        LocalDate to = spec.lastDay(cutOff);
        if (current.isPresent() && from.isAfter(to)) {
            boards.advance(spec.copid(), spec.boardId(), current.get(), cutOff);
            return Optional.empty();
        }
        Pending board = new Pending(spec, head, hidden, from, to);
        current.ifPresent(h -> boards.entries(spec.copid(), spec.boardId(), h)
                .forEach(entry -> board.standings.put(entry.userxtid(), entry.standing())));
        return Optional.of(board);
    }

    /** Adds the days still to count to the boards that count them; answers the drivers with a score on them. */
    private Set<String> addDays(String copid, Metric metric, List<Pending> pending) {
        Optional<LocalDate> first = pending.stream().map(board -> board.from).min(LocalDate::compareTo);
        Optional<LocalDate> last = pending.stream().map(board -> board.to).max(LocalDate::compareTo);
        Set<String> counted = new HashSet<>();
        if (first.isEmpty()) {
            return counted;
        }
        for (LocalDate day = first.get(); !day.isAfter(last.get()); day = day.plusDays(1)) {
            LocalDate today = day;
            List<Pending> counting = pending.stream().filter(board -> board.counts(today)).toList();
            if (counting.isEmpty()) {
                continue;
            }
            List<StoredScore> dayScores = metric.mayHaveScores(day) ? day(copid, metric.name(), day) : List.of();
            Set<String> scored = new HashSet<>();
            dayScores.forEach(score -> scored.add(score.userxtid()));
            counted.addAll(scored);
            for (Pending board : counting) {
                DayScoring scoring = board.spec.scoring();
                for (StoredScore score : dayScores) {
                    if (board.hidden.hides(score.userxtid())) {
                        continue;
                    }
                    board.standings.put(score.userxtid(),
                            scoring.add(board.standings.get(score.userxtid()), score.userxtid(), score.score()));
                }
                scoring.endOfDay(board.standings, scored);
            }
        }
        return counted;
    }

    private List<StoredScore> day(String copid, String metric, LocalDate day) {
        List<StoredScore> all = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            ScorePage page = scores.day(copid, metric, day, SCORE_PAGE, after);
            all.addAll(page.scores());
            after = page.lastUserxtid();
        } while (after.isPresent());
        return all;
    }

    private void publish(Pending board, LocalDate cutOff) {
        BoardSpec spec = board.spec;
        List<RankedEntry> ranked = spec.scoring().rank(board.standings);
        boards.publish(spec.copid(), spec.boardId(), board.head, spec.definition(), board.hidden.stamp(), cutOff, ranked);
    }
}
