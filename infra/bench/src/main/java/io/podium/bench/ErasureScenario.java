package io.podium.bench;

import io.podium.adapters.dynamodb.Tables;
import io.podium.badges.Badge;
import io.podium.badges.BadgeDefinition;
import io.podium.badges.BadgeRule;
import io.podium.campaigns.Aggregation;
import io.podium.campaigns.Campaign;
import io.podium.campaigns.CampaignStatus;
import io.podium.engagement.Ledger;
import io.podium.engagement.StatBoards;
import io.podium.leaderboards.BoardChangedException;
import io.podium.leaderboards.BoardHead;
import io.podium.leaderboards.BoardStore;
import io.podium.leaderboards.RankedEntry;
import io.podium.players.SearchTerms;
import io.podium.scores.Score;
import io.podium.scores.ScoreBatch;
import io.podium.stream.StreamEvent;
import io.podium.stream.StreamStore;
import io.podium.wiring.AwsClients;
import io.podium.wiring.Wiring;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A player's erasure in {@link PlayersBench}'s company of {@value PlayersBench#PLAYERS} players: the player (a team's
 * member) scored on 30 days of January with two colleagues, earned a badge, and gave and received a high-five. The
 * items they owned are counted by reading each store beforehand; the erasure's read units are divided by that count
 * ({@code readsPerItemErased}). After the erasure's recompute, the campaign's board and the metric's total must equal
 * a ranking computed from the seeded scores without them ({@code boardsEqualOracle}).
 */
final class ErasureScenario {
    private static final String METRIC = "distance";
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final int DAYS = 30;
    private static final String ERASED = BoardBench.driver(7);
    private static final List<Integer> COLLEAGUES = List.of(1, 2);
    private static final String CAMPAIGN = "january";

    private final Wiring wiring;
    private final String copid;
    private final StreamStore stream;

    ErasureScenario(Wiring wiring, String copid) {
        this.wiring = wiring;
        this.copid = copid;
        this.stream = wiring.stream();
    }

    Map<String, Object> run() throws Exception {
        wiring.campaigns().create(new Campaign(copid, CAMPAIGN, CAMPAIGN, METRIC, FIRST, FIRST.plusDays(30), Aggregation.TOTAL,
                Optional.empty(), CampaignStatus.RUNNING, Instant.now(), Instant.now()));
        Badge badge = wiring.badges().create(copid, new BadgeDefinition("thousand", false, 1,
                new BadgeRule.TotalAtLeast(METRIC, 1_000)), Instant.now());
        for (int day = 1; day < DAYS; day++) {
            int d = day;
            List<Score> scores = new ArrayList<>(List.of(new Score(ERASED, BoardBench.score(7, d))));
            COLLEAGUES.forEach(i -> scores.add(new Score(BoardBench.driver(i), BoardBench.score(i, d))));
            wiring.scores().putBatch(copid, new ScoreBatch(METRIC, FIRST.plusDays(day), scores), Instant.now());
        }
        wiring.metrics().finalizeThrough(copid, METRIC, FIRST.plusDays(DAYS - 1), Instant.now());
        recompute();
        StreamEvent theirs = award(ERASED);
        StreamEvent colleagues = award(BoardBench.driver(1));
        stream.highFive(copid, theirs.id(), BoardBench.driver(1), Instant.now());
        stream.highFive(copid, colleagues.id(), ERASED, Instant.now());

        int owned = owned(badge);
        BoardBench.Measured erasure = BoardBench.measure(() -> wiring.erasure().erase(copid, ERASED));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("itemsOwned", owned);
        result.put("erase", erasure.json());
        result.put("readsPerItemErased", Bench.round(erasure.usage().rcu() / owned));
        result.put("boardsEqualOracle", boardsEqualOracle());
        return result;
    }

    /** The recompute now; the one the consumer runs at the same moment may win, and this one then runs again. */
    private void recompute() {
        for (int attempt = 1; ; attempt++) {
            try {
                wiring.recomputer().recompute(copid, METRIC);
                return;
            } catch (BoardChangedException raced) {
                if (attempt == 5) {
                    throw raced;
                }
            }
        }
    }

    private StreamEvent award(String driver) {
        return stream.page(copid, Optional.of(driver), 1, 20).events().stream()
                .filter(event -> event.type().equals("badge_achieved")).findFirst()
                .orElseThrow(() -> new IllegalStateException(driver + " has no badge"));
    }

    /**
     * Every item the player owns, each read from its store: scores, the award and the level, the events about them
     * and the high-fives on those, the high-five they gave (its mark and their record of it), their two membership
     * items, the player, its search term and its snapshot entries' share (none: a snapshot is not theirs).
     */
    private int owned(Badge badge) {
        int items = 0;
        for (int day = 0; day < DAYS; day++) {
            Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS(copid + "#" + METRIC + "#" + FIRST.plusDays(day)),
                    "userxtid", AttributeValue.fromS(ERASED));
            items += AwsClients.dynamoDb().getItem(get -> get.tableName(Tables.scores()).key(key)).hasItem() ? 1 : 0;
        }
        Ledger ledger = wiring.ledger();
        items += ledger.awardsOf(copid, ERASED, List.of(badge.id())).size();
        items += ledger.level(copid, ERASED).isPresent() ? 1 : 0;
        for (StreamEvent event : stream.page(copid, Optional.of(ERASED), 1, 100).events()) {
            items += 1 + stream.highFivers(copid, event.id()).orElseThrow().size() * 2;
        }
        items += 2; // the high-five they gave: its mark and their record of it
        items += 2 * wiring.teams().teamsOf(copid, ERASED).size();
        items += 1 + SearchTerms.of(ERASED, ERASED).size();
        return items;
    }

    /** The campaign's board and the metric's total, once recomputed without the player, against the oracle. */
    private boolean boardsEqualOracle() {
        Map<String, Long> oracle = new HashMap<>();
        for (int i = 0; i < PlayersBench.PLAYERS; i++) {
            oracle.put(BoardBench.driver(i), (long) BoardBench.score(i, 0));
        }
        COLLEAGUES.forEach(i -> {
            for (int day = 1; day < DAYS; day++) {
                oracle.merge(BoardBench.driver(i), (long) BoardBench.score(i, day), Long::sum);
            }
        });
        oracle.remove(ERASED);
        recompute();
        BoardStore boards = wiring.boards();
        for (String board : List.of(CAMPAIGN, StatBoards.totalId(METRIC))) {
            BoardHead head = boards.head(copid, board).orElseThrow();
            Map<String, Long> computed = new HashMap<>();
            List<RankedEntry> entries = boards.entries(copid, board, head);
            entries.forEach(entry -> computed.put(entry.userxtid(), entry.standing().accumulated()));
            if (!computed.equals(oracle) || !ranked(entries)) {
                System.err.println("bench: erasure: board " + board + " differs from the oracle: " + computed.size()
                        + " entries, " + oracle.size() + " expected");
                return false;
            }
        }
        return true;
    }

    /** Ranks count up from 1 with ties shared, in board order of decreasing totals. */
    private static boolean ranked(List<RankedEntry> entries) {
        for (int i = 1; i < entries.size(); i++) {
            RankedEntry before = entries.get(i - 1);
            RankedEntry entry = entries.get(i);
            long a = before.standing().accumulated();
            long b = entry.standing().accumulated();
            if (b > a || (b == a ? entry.rank() != before.rank() : entry.rank() != i + 1)) {
                return false;
            }
        }
        return entries.isEmpty() || entries.get(0).rank() == 1;
    }
}
