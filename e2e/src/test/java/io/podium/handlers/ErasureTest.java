package io.podium.handlers;

import io.podium.adapters.dynamodb.DriverSnapshot;
import io.podium.adapters.dynamodb.DynamoDbBadgeStore;
import io.podium.adapters.dynamodb.DynamoDbLedger;
import io.podium.adapters.dynamodb.DynamoDbPlayerStore;
import io.podium.adapters.dynamodb.DynamoDbStreamStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.badges.Badge;
import io.podium.badges.BadgeDefinition;
import io.podium.badges.BadgeRule;
import io.podium.engagement.LevelRaise;
import io.podium.erasure.Erasure;
import io.podium.errors.NotFound;
import io.podium.leaderboards.BoardChangedException;
import io.podium.players.NewPlayer;
import io.podium.players.PlayerService;
import io.podium.players.Profile;
import io.podium.scores.Score;
import io.podium.scores.ScoreBatch;
import io.podium.stream.StreamEvent;
import io.podium.teams.NewTeam;
import io.podium.teams.RoleChange;
import io.podium.teams.TeamAccess;
import io.podium.teams.TeamDefinitionRequest;
import io.podium.teams.TeamService;
import io.podium.wiring.Wiring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A player's erasure against the local DynamoDB engine: a function that dies halfway leaves the player erasing and
 * shown nowhere, and the repair sweep's resumption finishes it, leaving nothing of the driver in any table.
 */
@ExtendWith(InProcessPodium.class)
class ErasureTest {
    private static final LocalDate DAY1 = LocalDate.of(2026, 6, 1);

    private final Stores stores = Stores.healthy();
    private final Wiring wiring = stores.wiring(Clock.systemUTC());
    private final PlayerService players = wiring.players();
    private final DynamoDbStreamStore stream = new DynamoDbStreamStore(stores.dynamo, Tables.events());
    private String copid;

    @BeforeEach
    void seed() {
        copid = newCompany();
        players.create(copid, new NewPlayer("rob", "Rob", Profile.EMPTY));
        stores.day(copid, "km", DAY1, "rob", 120, "ann", 130);
        stores.day(copid, "km", DAY1.plusDays(1), "rob", 110, "ann", 20);
        stores.day(copid, "km", DAY1.plusDays(2), "rob", 5);
        new DynamoDbBadgeStore(stores.dynamo, Tables.engagement()).create(copid, new BadgeDefinition("hundred", false, 1,
                new BadgeRule.DailyScoreAtLeast("km", 100)), Instant.now());
        stores.metrics.finalizeThrough(copid, "km", DAY1.plusDays(1), Instant.now());
        // rob's and ann's first day corrected, on the record.
        stores.corrections.correct(copid, new ScoreBatch("km", DAY1, List.of(new Score("rob", 125), new Score("ann", 131))),
                "rob's box was off", "token-1", Instant.now());
        stores.recomputer(Clock.systemUTC()).recompute(copid, "km");
        // ann high-fives rob's award, and rob ann's.
        stream.highFive(copid, eventOf("rob").id(), "ann", Instant.now());
        stream.highFive(copid, eventOf("ann").id(), "rob", Instant.now());
    }

    private StreamEvent eventOf(String driver) {
        return stream.page(copid, Optional.of(driver), 1, 10).events().stream()
                .filter(event -> event.type().equals("badge_achieved")).findFirst().orElseThrow();
    }

    @Test
    void anErasureThatDiedIsFinishedByTheSweepAndLeavesNothingOfTheDriver() {
        // The function dies when it reads the driver's events: tokens, teams, scores, awards and level are gone by then.
        ExecutionInterceptor dieReadingEvents = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof QueryRequest query && "ByDriverTime".equals(query.indexName())) {
                    throw SdkClientException.create("injected: the function died while erasing");
                }
            }
        };
        Erasure dying = new Stores(Faults.dynamoDb(dieReadingEvents)).wiring(Clock.systemUTC()).erasure();
        assertThrows(SdkClientException.class, () -> dying.erase(copid, "rob"));

        assertThrows(NotFound.class, () -> players.find(copid, "rob"), "an erasing player is found by no route");
        assertEquals(List.of("ann"), players.list(copid, 0, 10).players().stream().map(p -> p.id()).toList());
        assertEquals(1, players.list(copid, 0, 10).total());
        assertEquals(List.of(), players.search(copid, "rob", 0, 10));

        Erasure early = wiring.erasure();
        assertEquals(0, early.resume(), "an erasure begun a moment ago may still be running");
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofMinutes(6)), ZoneOffset.UTC);
        assertTrue(stores.wiring(later).erasure().resume() >= 1);

        assertNothingOfRob();
        assertEquals(0, stream.page(copid, Optional.empty(), 1, 100).events().stream()
                .filter(event -> event.type().equals("badge_achieved")).findFirst().orElseThrow().highFives(),
                "rob's high-five of ann's award is taken back");
        assertThrows(NotFound.class, () -> wiring.erasure().erase(copid, "rob"), "erased: there is no such player");
    }

    @Test
    void anErasedDriversLaterScoreStartsANewPlayerFromNothing() {
        wiring.erasure().erase(copid, "rob");
        assertNothingOfRob();

        stores.day(copid, "km", DAY1.plusDays(3), "rob", 7);
        stores.metrics.finalizeThrough(copid, "km", DAY1.plusDays(3), Instant.now());
        recompute();
        assertEquals("rob", players.find(copid, "rob").alias(), "enrolled again, by its id");
        assertEquals(Optional.of(7L), wiring.profiles().of(copid, "rob").scores().stream().findFirst()
                .map(score -> score.value()), "its total is its new score alone");
    }

    /**
     * Rob's Playoff events (created, disabled, enabled, a join, roles, a transfer) go with him from every feed index: the
     * game's, his own and the team's ({@code ByTeamTime}), and his leaving the team for the erasure logs nothing.
     */
    @Test
    void theErasedPlayersPlayoffEventsGoWithThemFromEveryFeedIndex() {
        wiring.teamDefinitions().define(copid, new TeamDefinitionRequest("crew", "Crew", List.of("member", "captain"),
                List.of("captain"), TeamAccess.PUBLIC));
        TeamService teams = wiring.teams();
        teams.create(copid, new NewTeam(Optional.of("navi"), "Navi", Optional.empty(), "crew"));
        players.setEnabled(copid, "rob", false);
        players.setEnabled(copid, "rob", true);
        teams.join(copid, "navi", new RoleChange("ann", Map.of("member", true)));
        teams.join(copid, "navi", new RoleChange("rob", Map.of("member", true)));
        teams.changeRoles(copid, "navi", new RoleChange("rob", Map.of("captain", true)));
        teams.transfer(copid, "navi", new RoleChange("rob", Map.of()));
        assertEquals(4, index("ByTeamTime", "logTeam", copid + "#navi").size(), "two joins, roles, a transfer");
        assertEquals(6, index("ByDriverTime", "logDriver", copid + "#rob").stream()
                .filter(item -> !item.get("type").s().startsWith("badge") && !item.get("type").s().startsWith("new_level"))
                .count(), "created, disabled, enabled, joined, roles, transfer");

        wiring.erasure().erase(copid, "rob");
        assertNothingOfRob();
        assertEquals(List.of("join ann"), index("ByTeamTime", "logTeam", copid + "#navi").stream()
                .map(item -> item.get("type").s() + " " + item.get("userxtid").s()).toList(),
                "ann's join alone; rob's leave for the erasure is not logged");
        assertEquals(List.of(), index("ByDriverTime", "logDriver", copid + "#rob"));
        assertTrue(index("ByCompanyTime", "logCompany", copid).stream()
                .noneMatch(item -> item.containsKey("userxtid") && item.get("userxtid").s().equals("rob")));
    }

    /**
     * A recompute that read the company's erasures before rob's erasure began (and still holds his scores) writes
     * nothing of him after it: while he is erasing, and once he is erased, its award, level and enrolment are refused,
     * and the level snapshot does not take him back. A run that read the erasures after it makes a new rob from his
     * new scores as from nothing.
     */
    @Test
    void aRunThatReadTheErasuresBeforeAnErasureWritesNothingOfTheDriverAfterIt() {
        long seenBefore = wiring.roster().exclusions(copid).statistics().erasures();
        DynamoDbLedger ledger = new DynamoDbLedger(stores.dynamo, Tables.engagement(), Tables.events(), Tables.game());
        Badge hundred = new DynamoDbBadgeStore(stores.dynamo, Tables.engagement()).list(copid).get(0);
        wiring.erasure().erase(copid, "rob");

        assertEquals(Set.of(), ledger.awardAll(copid, hundred, List.of("rob"), seenBefore, Instant.now()));
        assertEquals(0, ledger.raiseLevels(copid, List.of(new LevelRaise("rob", 0, 9)), seenBefore, Instant.now()));
        wiring.roster().enrol(copid, Set.of("rob"), seenBefore);
        assertNothingOfRob();

        long seenAfter = wiring.roster().exclusions(copid).statistics().erasures();
        assertTrue(seenAfter > seenBefore);
        wiring.roster().enrol(copid, Set.of("rob"), seenAfter);
        assertEquals("rob", players.find(copid, "rob").alias(), "a new rob, from his new scores");
        assertEquals(1, ledger.raiseLevels(copid, List.of(new LevelRaise("rob", 0, 2)), seenAfter, Instant.now()));
        assertEquals(Optional.of(2), ledger.level(copid, "rob"));
        assertEquals(Optional.of(2), Optional.ofNullable(ledger.levels(copid).get("rob")));
    }

    /** While rob is erasing, even a run that read the erasures after his began is refused what it writes of him. */
    @Test
    void nothingIsWrittenOfADriverWhileTheyAreErasing() {
        new DynamoDbPlayerStore(stores.dynamo, Tables.game(), Tables.events()).beginErasure(copid, "rob", Instant.now());
        long seen = wiring.roster().exclusions(copid).statistics().erasures();
        DynamoDbLedger ledger = new DynamoDbLedger(stores.dynamo, Tables.engagement(), Tables.events(), Tables.game());
        int before = ledger.level(copid, "rob").orElseThrow();
        assertEquals(0, ledger.raiseLevels(copid, List.of(new LevelRaise("rob", before, before + 1)), seen, Instant.now()));
        assertEquals(Optional.of(before), ledger.level(copid, "rob"));
        wiring.erasure().erase(copid, "rob");
        assertNothingOfRob();
    }

    /** Every item of a feed index's partition. */
    private List<Map<String, AttributeValue>> index(String index, String key, String value) {
        return stores.dynamo.queryPaginator(query -> query.tableName(Tables.events()).indexName(index)
                        .keyConditionExpression("#key = :value")
                        .expressionAttributeNames(Map.of("#key", key))
                        .expressionAttributeValues(Map.of(":value", AttributeValue.fromS(value))))
                .items().stream().toList();
    }

    /** A client that retries the call before the first answer: two erasures at once, and still nothing left. */
    @Test
    void twoErasuresOfOnePlayerAtOnceEndWithNothingAndCountThePlayerOffOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> both = new ArrayList<>();
            for (int call = 0; call < 2; call++) {
                both.add(pool.submit(() -> {
                    try {
                        wiring.erasure().erase(copid, "rob");
                        return "erased";
                    } catch (NotFound gone) {
                        return "not found";
                    }
                }));
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> call : both) {
                answers.add(call.get());
            }
            assertTrue(answers.contains("erased"), answers.toString());
        } finally {
            pool.shutdownNow();
        }
        assertNothingOfRob();
        assertEquals(1, players.list(copid, 0, 10).total(), "ann alone, rob counted off once");
        assertTrue(new DynamoDbPlayerStore(stores.dynamo, Tables.game(), Tables.events()).pendingErasures().stream()
                .noneMatch(pending -> pending.copid().equals(copid)), "no erasure is left pending");
    }

    /** The recompute, here and now: the one the erasure queued may be running too, and one of the two then yields. */
    private void recompute() {
        for (int attempt = 1; ; attempt++) {
            try {
                stores.recomputer(Clock.systemUTC()).recompute(copid, "km");
                return;
            } catch (BoardChangedException raced) {
                assertTrue(attempt < 5, "the boards kept changing: " + raced.getMessage());
            }
        }
    }

    private void assertNothingOfRob() {
        assertThrows(NotFound.class, () -> players.find(copid, "rob"));
        for (int day = 0; day < 3; day++) {
            assertTrue(stores.scores.day(copid, "km", DAY1.plusDays(day), 100, Optional.empty()).scores().stream()
                    .noneMatch(score -> score.userxtid().equals("rob")), "no score of rob on day " + day);
        }
        DynamoDbLedger ledger = new DynamoDbLedger(stores.dynamo, Tables.engagement(), Tables.events(), Tables.game());
        assertEquals(Map.of(), ledger.awardsOf(copid, "rob", List.of(1L, 2L, 3L)));
        assertEquals(Optional.empty(), ledger.level(copid, "rob"));
        assertFalse(DriverSnapshot.levels(stores.dynamo, Tables.engagement()).read(copid).orElse(Map.of()).containsKey("rob"));
        assertFalse(DriverSnapshot.enrolled(stores.dynamo, Tables.game()).read(copid).orElse(Map.of()).containsKey("rob"));
        assertEquals(0, stream.page(copid, Optional.of("rob"), 1, 10).total(), "no event of rob");
        assertTrue(stream.page(copid, Optional.empty(), 1, 100).events().stream()
                .noneMatch(event -> event.userxtid().equals(Optional.of("rob"))));
        assertEquals(Set.of(), Set.copyOf(stream.highFivers(copid, eventOf("ann").id()).orElseThrow()));
        assertEquals(List.of(), players.search(copid, "rob", 0, 10));
        List<String> record = stores.corrections.page(copid, "km", DAY1, DAY1.plusDays(3), 100, Optional.empty())
                .corrections().stream().map(c -> c.userxtid() + ":" + c.reason()).toList();
        assertEquals(List.of("ann:rob's box was off"), record, "the record keeps ann's change, and nothing of rob's");
        assertEquals(1, stores.corrections.latest(copid, "km"), "the correction keeps its number");
        assertEquals(List.of("ann"), stores.corrections.between(copid, "km", 0, 1).stream().map(c -> c.userxtid()).toList());
    }
}
