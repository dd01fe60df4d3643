package io.podium.leaderboards;

import io.podium.campaigns.CampaignStore;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.scores.CorrectionStore;
import io.podium.scores.ScoreCorrection;
import io.podium.scores.ScorePage;
import io.podium.scores.ScoreStore;
import io.podium.scores.StoredScore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings every board of a metric up to the metric's cut-off and its latest correction: its campaigns' boards and the
 * boards its followers add (ranks, badge statistics). It trusts no message: the cut-off and the corrections are read
 * from the store, so duplicate, late and out-of-order requests all converge on the same boards. When the cut-off
 * advances only the newly finalized days are read and added to the stored standings; a board whose definition changed
 * (or that has none) is rebuilt from its first day. Each day is read once for all the boards that count it.
 *
 * <p>A correction of a day a board already counted is applied to its stored standings from the record of the
 * correction (the score before and after), without reading the day again: a sum, a count or a best day corrected up
 * takes it as it is. Where that is not enough (a best day corrected down, a streak), the driver's days are read again
 * and their standing computed anew; when that would read more than the board's days, the board is rebuilt. A board
 * records the latest correction it reflects; the scores a correction sets carry its number, so a correction made while
 * the days are read is seen, and the recompute starts again.
 */
public final class BoardRecomputer {
    private static final int SCORE_PAGE = 1000;
    /** A recompute that meets a correction made while it read starts again, this many times in all. */
    private static final int ATTEMPTS = 3;
    /**
     * About as many score items fit in one read unit of a day's Query as in one read of a driver's day (one item, a
     * unit): a board reads its days again rather than more than one driver's days per this many of its drivers.
     */
    static final int DRIVERS_PER_READ_UNIT = 40;

    private final MetricStore metrics;
    private final CampaignStore campaigns;
    private final ScoreStore scores;
    private final CorrectionStore corrections;
    private final BoardStore boards;
    private final MetricFollowers followers;
    private final Roster roster;

    /**
     * A board to bring up to date: its standings so far, the days still to count, the drivers it leaves out, and which
     * days and corrections its stored standings reflect.
     */
    private static final class Pending {
        final BoardSpec spec;
        final Optional<BoardHead> head;
        final HiddenDrivers hidden;
        final Map<String, Standing> standings = new HashMap<>();
        LocalDate from;
        final LocalDate to;
        /** The last day the stored standings count; empty when there are none (a rebuild). */
        Optional<LocalDate> counted;
        /** The latest correction the stored standings reflect. */
        final long applied;
        /** Whether anything changes: days to add, corrections of its days, or a rebuild. */
        boolean changed;

        Pending(BoardSpec spec, Optional<BoardHead> head, HiddenDrivers hidden, LocalDate from, LocalDate to,
                Optional<LocalDate> counted, long applied) {
            this.spec = spec;
            this.head = head;
            this.hidden = hidden;
            this.from = from;
            this.to = to;
            this.counted = counted;
            this.applied = applied;
            this.changed = counted.isEmpty() || !from.isAfter(to);
        }

        boolean counts(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        /** Whether the stored standings count the day a correction changed. */
        boolean counted(ScoreCorrection correction) {
            return correction.sequence() > applied && counted.isPresent() && !correction.date().isBefore(spec.start())
                    && !correction.date().isAfter(counted.get()) && !hidden.hides(correction.userxtid());
        }

        /** Forgets the stored standings: every day is read again. */
        void rebuild() {
            standings.clear();
            from = spec.start();
            counted = Optional.empty();
        }
    }

    public BoardRecomputer(MetricStore metrics, CampaignStore campaigns, ScoreStore scores, CorrectionStore corrections,
                           BoardStore boards, MetricFollowers followers, Roster roster) {
        this.metrics = metrics;
        this.campaigns = campaigns;
        this.scores = scores;
        this.corrections = corrections;
        this.boards = boards;
        this.followers = followers;
        this.roster = roster;
    }

    public void recompute(String copid, String metricName) {
        for (int attempt = 1; ; attempt++) {
            try {
                recomputeOnce(copid, metricName);
                return;
            } catch (CorrectedMeanwhileException corrected) {
                if (attempt >= ATTEMPTS) {
                    throw corrected;
                }
            }
        }
    }

    private void recomputeOnce(String copid, String metricName) {
        Optional<Metric> found = metrics.find(copid, metricName);
        Optional<LocalDate> cutOff = found.flatMap(Metric::finalizedThrough);
        if (cutOff.isEmpty()) {
            return;
        }
        // After the cut-off: every correction up to this one is committed, and was made on a finalized day.
        long corrected = corrections.latest(copid, metricName);
        Metric metric = found.get();
        List<BoardSpec> specs = new ArrayList<>();
        campaigns.onMetric(copid, metricName).forEach(campaign -> specs.add(BoardSpec.of(campaign)));
        specs.addAll(followers.boards(copid, metric));
        BoardExclusions excluded = roster.exclusions(copid);
        List<Pending> pending = new ArrayList<>();
        for (BoardSpec spec : specs) {
            pending(spec, cutOff.get(), spec.hidden(excluded), corrected).ifPresent(pending::add);
        }
        Set<String> counted = applyCorrections(copid, metric, pending, corrected);
        counted.addAll(addDays(copid, metric, pending, corrected));
        // A driver erasing when the exclusions were read has scores that are going: they are nobody's to enrol.
        counted.removeAll(excluded.statistics().drivers());
        if (!counted.isEmpty()) {
            roster.enrol(copid, counted, excluded.statistics().erasures());
        }
        for (Pending board : pending) {
            if (board.changed) {
                publish(board, cutOff.get(), corrected);
            } else {
                boards.advance(board.spec.copid(), board.spec.boardId(), board.head.orElseThrow(), cutOff.get(), corrected);
            }
        }
        followers.afterBoards(copid, metric, cutOff.get(), excluded);
    }

    /**
     * The board's days still to count and the corrections it does not reflect yet, with its standings so far; empty
     * when it is current, or when only its cut-off moves. A board computed for another definition, or without other
     * drivers than {@code hidden}, is rebuilt.
     */
    private Optional<Pending> pending(BoardSpec spec, LocalDate cutOff, HiddenDrivers hidden, long corrected) {
        Optional<BoardHead> head = boards.head(spec.copid(), spec.boardId());
        Optional<BoardHead> current = head.filter(h -> h.definition().equals(spec.definition())
                && h.hiding().equals(hidden.stamp()));
        Optional<LocalDate> through = current.flatMap(BoardHead::computedThrough);
        // A rebuild reads every day as it is now: it reflects every correction.
        long applied = current.map(BoardHead::corrections).orElse(corrected);
        if (through.filter(t -> !t.isBefore(cutOff)).isPresent() && applied >= corrected) {
            return Optional.empty();
        }
        LocalDate from = through.map(t -> t.plusDays(1)).filter(d -> d.isAfter(spec.start())).orElse(spec.start());
        LocalDate to = spec.lastDay(cutOff);
        if (current.isPresent() && from.isAfter(to) && applied >= corrected) {
            boards.advance(spec.copid(), spec.boardId(), current.get(), cutOff, corrected);
            return Optional.empty();
        }
        Pending board = new Pending(spec, head, hidden, from, to, current.isEmpty() ? Optional.empty()
                : Optional.of(through.map(spec::lastDay).orElse(spec.start().minusDays(1))), applied);
        current.ifPresent(h -> boards.entries(spec.copid(), spec.boardId(), h)
                .forEach(entry -> board.standings.put(entry.userxtid(), entry.standing())));
        return Optional.of(board);
    }

    /**
     * Applies to each board's stored standings the corrections of the days they count that they do not reflect yet;
     * answers the drivers corrected. Reads the record of the corrections once for all the boards.
     */
    private Set<String> applyCorrections(String copid, Metric metric, List<Pending> pending, long corrected) {
        Set<String> drivers = new HashSet<>();
        long oldest = pending.stream().filter(board -> board.counted.isPresent())
                .mapToLong(board -> board.applied).min().orElse(corrected);
        if (oldest >= corrected) {
            return drivers;
        }
        List<ScoreCorrection> record = corrections.between(copid, metric.name(), oldest, corrected);
        Map<String, Map<LocalDate, StoredScore>> histories = new HashMap<>();
        for (Pending board : pending) {
            Set<String> reread = new LinkedHashSet<>();
            for (ScoreCorrection correction : record) {
                if (!board.counted(correction)) {
                    continue;
                }
                board.changed = true;
                drivers.add(correction.userxtid());
                if (!reread.contains(correction.userxtid())) {
                    board.spec.scoring().corrected(board.standings.get(correction.userxtid()), correction.userxtid(),
                                    correction.before(), correction.after())
                            .ifPresentOrElse(standing -> board.standings.put(correction.userxtid(), standing),
                                    () -> reread.add(correction.userxtid()));
                }
            }
            if ((long) reread.size() * DRIVERS_PER_READ_UNIT > board.standings.size()) {
                board.rebuild();
            } else {
                for (String userxtid : reread) {
                    recount(copid, metric, board, userxtid, histories, corrected);
                }
            }
        }
        return drivers;
    }

    /** The driver's standing on the board computed anew from their days it counts, read once for all the boards. */
    private void recount(String copid, Metric metric, Pending board, String userxtid,
                         Map<String, Map<LocalDate, StoredScore>> histories, long corrected) {
        List<LocalDate> days = board.spec.start().datesUntil(board.counted.orElseThrow().plusDays(1)).toList();
        Map<LocalDate, StoredScore> history = histories.computeIfAbsent(userxtid, driver -> new HashMap<>());
        List<LocalDate> unread = days.stream().filter(day -> metric.mayHaveScores(day) && !history.containsKey(day)).toList();
        scores.driver(copid, metric.name(), userxtid, unread).forEach((day, score) -> {
            requireNoLaterCorrection(metric, score, corrected);
            history.put(day, score);
        });
        DayScoring scoring = board.spec.scoring();
        Map<String, Standing> alone = new HashMap<>();
        for (LocalDate day : days) {
            StoredScore score = history.get(day);
            if (score != null) {
                alone.put(userxtid, scoring.add(alone.get(userxtid), userxtid, score.score()));
            }
            scoring.endOfDay(alone, score == null ? Set.of() : Set.of(userxtid));
        }
        Optional.ofNullable(alone.get(userxtid)).ifPresentOrElse(standing -> board.standings.put(userxtid, standing),
                () -> board.standings.remove(userxtid));
    }

    private static void requireNoLaterCorrection(Metric metric, StoredScore score, long corrected) {
        if (score.correction() > corrected) {
            throw new CorrectedMeanwhileException(metric.name(), corrected);
        }
    }

    /** Adds the days still to count to the boards that count them; answers the drivers with a score on them. */
    private Set<String> addDays(String copid, Metric metric, List<Pending> pending, long corrected) {
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
            dayScores.forEach(score -> {
                requireNoLaterCorrection(metric, score, corrected);
                scored.add(score.userxtid());
            });
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

    private void publish(Pending board, LocalDate cutOff, long corrected) {
        BoardSpec spec = board.spec;
        List<RankedEntry> ranked = spec.scoring().rank(board.standings);
        boards.publish(spec.copid(), spec.boardId(), board.head, spec.definition(), board.hidden.stamp(), corrected, cutOff,
                ranked);
    }
}
