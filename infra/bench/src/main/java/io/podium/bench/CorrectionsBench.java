package io.podium.bench;

import io.podium.campaigns.Aggregation;
import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignStatus;
import io.podium.engagement.StatBoards;
import io.podium.leaderboards.BoardHead;
import io.podium.leaderboards.BoardRecomputer;
import io.podium.leaderboards.BoardStore;
import io.podium.leaderboards.RankedEntry;
import io.podium.scores.CorrectionOutcome;
import io.podium.scores.Score;
import io.podium.scores.ScoreBatch;
import io.podium.wiring.Wiring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.podium.bench.BoardBench.FIRST_DAY;
import static io.podium.bench.BoardBench.METRIC;
import static io.podium.bench.BoardBench.driver;
import static io.podium.bench.BoardBench.measure;
import static io.podium.bench.BoardBench.score;

/**
 * Scenario 7, a correction of a finalized day: N drivers × D finalized days, a campaign over all of them that has
 * ended (its board complete, its winners announced) and the metric's total; then one full correction batch (50 drivers'
 * scores of the middle day, each raised to the top) and the recompute that follows it, in this JVM, on Podium's own
 * wiring. Measured in read capacity units (RCU, DynamoDB's own figure as the engine computes it), like {@code readRatio}:
 * the boards' part of the recompute (everything before badges, levels and the stream, which are the followers' and grow
 * with what the correction brings) ÷ reading the corrected day alone, as the recompute reads a day (one strongly
 * consistent Query a page of 1,000). The full build of the same boards is reported beside it: it is what a rebuild from
 * the first day, forced by a stamp in the boards' definitions, would read. Every board is checked against a ranking of
 * the corrected scores computed here.
 */
final class CorrectionsBench {
    static final String KEY = "corrections";
    /** One full correction batch. */
    static final int CORRECTED = 50;
    private static final String CAMPAIGN = "ended";

    private final Wiring wiring = Wiring.aws();
    private final BoardStore boards = wiring.boards();
    private final BoardBench days = new BoardBench();

    Map<String, Object> run(int drivers, int dayCount) throws Exception {
        String copid = "bench-corr-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate last = FIRST_DAY.plusDays(dayCount - 1);
        days.seed(copid, drivers, 0, dayCount);
        days.recordMonths(copid, dayCount);
        wiring.campaigns().create(new Campaign(copid, CAMPAIGN, CAMPAIGN, METRIC, FIRST_DAY, last, Aggregation.TOTAL,
                Optional.empty(), CampaignStatus.ENDED, Instant.now(), Instant.now()));
        wiring.metrics().finalizeThrough(copid, METRIC, last, Instant.now());
        BoardBench.Measured build = boardsOfRecompute(copid);
        long[] totals = new long[drivers];
        for (int i = 0; i < drivers; i++) {
            for (int d = 0; d < dayCount; d++) {
                totals[i] += score(i, d);
            }
        }
        check(copid, totals, dayCount);

        // Fifty drivers spread over the board, each day-score of the middle day raised by 1,000: the leaders change.
        int corrected = dayCount / 2;
        LocalDate day = FIRST_DAY.plusDays(corrected);
        List<Score> batch = new ArrayList<>();
        for (int n = 0; n < CORRECTED; n++) {
            int i = n * (drivers / CORRECTED);
            batch.add(new Score(driver(i), score(i, corrected) + 1000));
            totals[i] += 1000;
        }
        CorrectionOutcome[] outcome = new CorrectionOutcome[1];
        BoardBench.Measured correction = measure(() -> outcome[0] = wiring.corrections()
                .correct(copid, new ScoreBatch(METRIC, day, batch), "bench", "bench", Instant.now()));
        if (outcome[0].changes().size() != CORRECTED) {
            throw new IllegalStateException("the correction changed " + outcome[0].changes().size() + " scores");
        }
        BoardBench.Measured recompute = boardsOfRecompute(copid);
        check(copid, totals, dayCount);
        BoardBench.Measured dayOnly = measure(() -> days.readDay(copid, day));

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("drivers", drivers);
        json.put("days", dayCount);
        json.put("corrected", CORRECTED);
        json.put("boards", List.of(CAMPAIGN + " (ended)", StatBoards.totalId(METRIC)));
        json.put("correction", correction.json());
        json.put("recompute", recompute.json());
        json.put("dayRead", dayOnly.json());
        json.put("fullBuild", build.json());
        json.put("recomputeReadRatio", Bench.round(recompute.usage().rcu() / dayOnly.usage().rcu()));
        json.put("rebuildReadRatio", Bench.round(build.usage().rcu() / dayOnly.usage().rcu()));
        return json;
    }

    /** The recompute of the metric, its boards' part measured (the followers then run unmeasured). */
    private BoardBench.Measured boardsOfRecompute(String copid) {
        CapacityMeter.Recording recording = CapacityMeter.startThisThread();
        RecomputeDriver.PhasedFollowers followers = new RecomputeDriver.PhasedFollowers(wiring.engagement(), recording);
        BoardRecomputer recomputer = new BoardRecomputer(wiring.metrics(), wiring.campaigns(), wiring.scores(),
                wiring.corrections(), boards, followers, wiring.roster());
        long start = System.nanoTime();
        recomputer.recompute(copid, METRIC);
        if (followers.after == null) {
            throw new IllegalStateException("the recompute never reached its followers");
        }
        followers.after.stop();
        return new BoardBench.Measured((followers.boardsEnd - start) / 1e6, followers.boardsUsage);
    }

    /** Both boards, totals of every day, against a ranking of {@code totals} computed here; the campaign complete. */
    private void check(String copid, long[] totals, int dayCount) {
        for (String board : List.of(CAMPAIGN, StatBoards.totalId(METRIC))) {
            BoardHead head = boards.head(copid, board).orElseThrow(() -> new IllegalStateException("no board " + board));
            List<RankedEntry> entries = boards.entries(copid, board, head);
            Integer[] order = IntStream.range(0, totals.length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, (a, b) -> totals[a] != totals[b] ? Long.compare(totals[b], totals[a]) : Integer.compare(a, b));
            if (entries.size() != totals.length) {
                throw new IllegalStateException(board + " ranks " + entries.size() + " drivers, not " + totals.length);
            }
            for (int position = 0; position < totals.length; position++) {
                RankedEntry entry = entries.get(position);
                int expected = order[position];
                if (!entry.userxtid().equals(driver(expected)) || entry.standing().accumulated() != totals[expected]
                        || entry.standing().days() != dayCount) {
                    throw new IllegalStateException(board + " differs at position " + position + ": " + entry);
                }
            }
        }
    }
}
