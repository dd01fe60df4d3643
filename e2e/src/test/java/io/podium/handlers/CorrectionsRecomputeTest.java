package io.podium.handlers;

import io.podium.adapters.dynamodb.DynamoDbBadgeStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.badges.BadgeDefinition;
import io.podium.badges.BadgeRule;
import io.podium.campaigns.Aggregation;
import io.podium.leaderboards.BoardHead;
import io.podium.leaderboards.RankedEntry;
import io.podium.scores.Score;
import io.podium.scores.ScoreBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recompute after corrections, against the local DynamoDB engine: every board that counted a corrected day (each
 * aggregation, the statistics of badges, a streak) ends as it would had the corrected scores been submitted so, which
 * the boards of a second company, given those scores from the start, show; a sum's boards are corrected from the record
 * alone, without reading a day; and a correction made while the recompute reads a day is not lost.
 */
@ExtendWith(InProcessPodium.class)
class CorrectionsRecomputeTest {
    private static final LocalDate DAY1 = LocalDate.of(2026, 4, 1);
    private static final LocalDate DAY2 = DAY1.plusDays(1);
    private static final LocalDate DAY3 = DAY1.plusDays(2);
    private static final List<String> CAMPAIGNS = List.of("total", "best", "avg", "active");
    private static final List<String> STATISTICS = List.of("stat:km:total", "stat:km:best_day", "stat:km:streak:5");

    private final Stores stores = Stores.healthy();

    /** A company with campaigns of every aggregation and badges that keep the best-day and streak statistics. */
    private String company(Map<LocalDate, Object[]> days) {
        String copid = newCompany();
        days.forEach((day, scores) -> stores.day(copid, "km", day, scores));
        stores.campaign(copid, "total", "km", DAY1, DAY3, Aggregation.TOTAL);
        stores.campaign(copid, "best", "km", DAY1, DAY3, Aggregation.BEST_DAY);
        stores.campaign(copid, "avg", "km", DAY1, DAY3, Aggregation.AVERAGE);
        stores.campaign(copid, "active", "km", DAY1, DAY3, Aggregation.ACTIVE_DAYS);
        DynamoDbBadgeStore badges = new DynamoDbBadgeStore(stores.dynamo, Tables.engagement());
        badges.create(copid, new BadgeDefinition("big day", false, 1, new BadgeRule.DailyScoreAtLeast("km", 1000)), Instant.now());
        badges.create(copid, new BadgeDefinition("run", false, 1, new BadgeRule.Streak("km", 5, 30)), Instant.now());
        stores.metrics.finalizeThrough(copid, "km", DAY3, Instant.now());
        stores.recomputer(Clock.systemUTC()).recompute(copid, "km");
        return copid;
    }

    private static Map<LocalDate, Object[]> days(Object[] day1, Object[] day2, Object[] day3) {
        Map<LocalDate, Object[]> days = new TreeMap<>();
        days.put(DAY1, day1);
        days.put(DAY2, day2);
        days.put(DAY3, day3);
        return days;
    }

    private void correct(String copid, LocalDate day, Object... userScore) {
        List<Score> batch = new ArrayList<>();
        for (int i = 0; i < userScore.length; i += 2) {
            batch.add(new Score((String) userScore[i], (Integer) userScore[i + 1]));
        }
        stores.corrections.correct(copid, new ScoreBatch("km", day, batch), "test", "token-1", Instant.now());
    }

    /** Every board of the company: rank, driver, aggregate and days of each entry. */
    private Map<String, List<String>> boards(String copid) {
        Map<String, List<String>> boards = new TreeMap<>();
        for (String board : concat(CAMPAIGNS, STATISTICS)) {
            BoardHead head = stores.boards.head(copid, board).orElseThrow(() -> new AssertionError("no board " + board));
            boards.put(board, stores.boards.entries(copid, board, head).stream().map(CorrectionsRecomputeTest::entry).toList());
        }
        return boards;
    }

    private static String entry(RankedEntry entry) {
        return entry.rank() + ":" + entry.userxtid() + "=" + entry.standing().accumulated() + "/" + entry.standing().days();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void everyBoardThatCountedACorrectedDayEndsAsIfTheScoresHadBeenSoFromTheStart() {
        String corrected = company(days(
                new Object[]{"ann", 5, "bob", 9, "cid", 6},
                new Object[]{"ann", 6, "bob", 1, "cid", 6},
                new Object[]{"ann", 7, "cid", 2}));
        // Up and down, a best day corrected down (bob's 9), a driver new on a day (dan), a run of fives broken (cid)
        // and one mended (ann's: three days at 5 or more).
        correct(corrected, DAY1, "bob", 3, "dan", 8);
        correct(corrected, DAY2, "cid", 4, "ann", 16);
        correct(corrected, DAY3, "cid", 9);
        correct(corrected, DAY2, "ann", 6);
        stores.recomputer(Clock.systemUTC()).recompute(corrected, "km");

        String straight = company(days(
                new Object[]{"ann", 5, "bob", 3, "cid", 6, "dan", 8},
                new Object[]{"ann", 6, "bob", 1, "cid", 4},
                new Object[]{"ann", 7, "cid", 9}));
        assertEquals(boards(straight), boards(corrected));
        long latest = stores.corrections.latest(corrected, "km");
        assertEquals(4, latest);
        for (String board : concat(CAMPAIGNS, STATISTICS)) {
            assertEquals(latest, stores.boards.head(corrected, board).orElseThrow().corrections(), board);
        }
    }

    @Test
    void sumsAreCorrectedFromTheRecordWithoutReadingADayAgain() {
        String copid = newCompany();
        stores.day(copid, "km", DAY1, "ann", 5, "bob", 9);
        stores.day(copid, "km", DAY2, "ann", 6, "bob", 1);
        stores.campaign(copid, "total", "km", DAY1, DAY2, Aggregation.TOTAL);
        stores.campaign(copid, "later", "km", DAY3, DAY3.plusDays(5), Aggregation.TOTAL);
        stores.metrics.finalizeThrough(copid, "km", DAY2, Instant.now());
        stores.recomputer(Clock.systemUTC()).recompute(copid, "km");
        BoardHead later = stores.boards.head(copid, "later").orElseThrow();

        correct(copid, DAY1, "bob", 19, "cid", 3);
        List<String> scoreReads = new CopyOnWriteArrayList<>();
        new Stores(Faults.dynamoDb(scoreReadsInto(scoreReads))).recomputer(Clock.systemUTC()).recompute(copid, "km");

        assertEquals(List.of(), scoreReads, "the stored totals and the record are all a sum needs");
        BoardHead total = stores.boards.head(copid, "total").orElseThrow();
        assertEquals(List.of("1:bob=20/2", "2:ann=11/2", "3:cid=3/1"),
                stores.boards.entries(copid, "total", total).stream().map(CorrectionsRecomputeTest::entry).toList());
        assertEquals(1, total.corrections());
        BoardHead unchanged = stores.boards.head(copid, "later").orElseThrow();
        assertEquals(later.version(), unchanged.version(), "a board that never counted the day is not written again");
        assertEquals(1, unchanged.corrections(), "but it is marked as reflecting the correction");
    }

    /**
     * A company of 100 drivers (reading two drivers' days costs less than reading the days again) with a best-day
     * campaign and a streak statistic; {@code changed} sets some scores to other values from the start.
     */
    private String fleet(Map<String, Integer> changed) {
        String copid = newCompany();
        for (LocalDate day = DAY1; !day.isAfter(DAY3); day = day.plusDays(1)) {
            for (int batch = 0; batch < 100; batch += 50) {
                Object[] scores = new Object[100];
                for (int i = 0; i < 50; i++) {
                    scores[2 * i] = String.format("d%02d", batch + i);
                    scores[2 * i + 1] = changed.getOrDefault(scores[2 * i] + "@" + day, batch + i + day.getDayOfMonth());
                }
                stores.day(copid, "km", day, scores);
            }
        }
        stores.campaign(copid, "best", "km", DAY1, DAY3, Aggregation.BEST_DAY);
        new DynamoDbBadgeStore(stores.dynamo, Tables.engagement())
                .create(copid, new BadgeDefinition("run", false, 1, new BadgeRule.Streak("km", 5, 30)), Instant.now());
        stores.metrics.finalizeThrough(copid, "km", DAY3, Instant.now());
        stores.recomputer(Clock.systemUTC()).recompute(copid, "km");
        return copid;
    }

    @Test
    void aBestDayCorrectedDownOrABrokenRunRereadsThoseDriversDaysOnly() {
        String copid = fleet(Map.of());
        // d99's best day (102, on day 3) down to 0, and d04's run of three days (5, 6, 7) broken on day 2.
        correct(copid, DAY3, "d99", 0);
        correct(copid, DAY2, "d04", 1);
        List<String> scoreReads = new CopyOnWriteArrayList<>();
        new Stores(Faults.dynamoDb(scoreReadsInto(scoreReads))).recomputer(Clock.systemUTC()).recompute(copid, "km");

        assertEquals(List.of("BatchGetItemRequest", "BatchGetItemRequest"), scoreReads,
                "one read of each driver's days, shared by the boards, and no day read again");
        String straight = fleet(Map.of("d99@" + DAY3, 0, "d04@" + DAY2, 1));
        for (String board : List.of("best", "stat:km:streak:5", "stat:km:total")) {
            assertEquals(boards(straight, board), boards(copid, board), board);
        }
    }

    @Test
    void aCorrectionMadeWhileTheRecomputeReadsTheDayIsNotLost() {
        String copid = newCompany();
        stores.day(copid, "km", DAY1, "ann", 5, "bob", 9);
        stores.day(copid, "km", DAY2, "ann", 6, "bob", 1);
        stores.campaign(copid, "total", "km", DAY1, DAY3, Aggregation.TOTAL);
        stores.metrics.finalizeThrough(copid, "km", DAY1, Instant.now());
        stores.recomputer(Clock.systemUTC()).recompute(copid, "km");
        stores.metrics.finalizeThrough(copid, "km", DAY2, Instant.now());

        // The first time the recompute reads day 2, a correction of it commits just before: the recompute has already
        // read which corrections there are, so it must not count the corrected day without knowing.
        AtomicBoolean once = new AtomicBoolean();
        ExecutionInterceptor correctMeanwhile = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof QueryRequest query && query.tableName().equals(Tables.scores())
                        && query.expressionAttributeValues().get(":pk").s().endsWith(DAY2.toString()) && once.compareAndSet(false, true)) {
                    correct(copid, DAY2, "bob", 21);
                }
            }
        };
        new Stores(Faults.dynamoDb(correctMeanwhile)).recomputer(Clock.systemUTC()).recompute(copid, "km");
        assertTrue(once.get());
        // Counted once, not once as read and once more from the record.
        assertEquals(List.of("1:bob=30/2", "2:ann=11/2"), boards(copid, "total"));
        stores.recomputer(Clock.systemUTC()).recompute(copid, "km");
        assertEquals(List.of("1:bob=30/2", "2:ann=11/2"), boards(copid, "total"));
    }

    /** Records every read of the Scores table, a day's Query or a BatchGetItem of drivers' days, by its request's type. */
    private static ExecutionInterceptor scoreReadsInto(List<String> reads) {
        return new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof QueryRequest query && query.tableName().equals(Tables.scores())
                        || context.request() instanceof BatchGetItemRequest batch && batch.requestItems().containsKey(Tables.scores())) {
                    reads.add(context.request().getClass().getSimpleName());
                }
            }
        };
    }

    private List<String> boards(String copid, String board) {
        BoardHead head = stores.boards.head(copid, board).orElseThrow();
        return stores.boards.entries(copid, board, head).stream().map(CorrectionsRecomputeTest::entry).toList();
    }
}
