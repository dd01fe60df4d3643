package io.podium.handlers;

import io.podium.adapters.dynamodb.DriverSnapshot;
import io.podium.adapters.dynamodb.DynamoDbPlayerStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.players.NewPlayer;
import io.podium.players.Player;
import io.podium.players.PlayerPage;
import io.podium.players.PlayerRoster;
import io.podium.players.PlayerService;
import io.podium.players.Profile;
import io.podium.wiring.Wiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drivers with finalized scores become players, in bulk, against the Game table in the local DynamoDB engine. */
@ExtendWith(InProcessPodium.class)
class PlayerEnrolmentTest {
    private final Stores stores = Stores.healthy();
    private final Wiring wiring = new Wiring(() -> stores.dynamo, Faults::sqs, Clock.systemUTC());
    private final PlayerService players = wiring.players();
    private final PlayerRoster roster = wiring.roster();
    private final String copid = newCompany();

    private static Set<String> drivers(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> String.format("drv%04d", i)).collect(Collectors.toSet());
    }

    @Test
    void everyDriverBecomesAPlayerOnceAndOnesCreatedBeforeKeepTheirAlias() {
        players.create(copid, new NewPlayer("drv0007", "Seven", Profile.EMPTY));
        roster.enrol(copid, drivers(0, 300), 0);

        PlayerPage first = players.list(copid, 0, 10);
        assertEquals(300, first.total(), "drv0007 counted once");
        assertEquals(new Player("drv0000", "drv0000", true, Profile.EMPTY, first.players().get(0).created()),
                first.players().get(0));
        assertEquals("Seven", players.find(copid, "drv0007").alias());
        assertEquals(List.of("drv0299"), players.list(copid, 299, 10).players().stream().map(Player::id).toList());
        assertEquals("drv0123", players.search(copid, "DRV0123", 0, 5).get(0).id(), "found by its id");
    }

    @Test
    void aRedeliveryAfterTheSnapshotWasLostCreatesNobodyTwice() {
        roster.enrol(copid, drivers(0, 120), 0);
        // The function died after the players were written and before the snapshot recorded them.
        stores.dynamo.deleteItem(delete -> delete.tableName(Tables.game()).key(Map.of(
                "pk", AttributeValue.fromS(copid + "#enrolled"), "sk", AttributeValue.fromS("HEAD"))));
        roster.enrol(copid, drivers(100, 130), 0);
        assertEquals(130, players.list(copid, 0, 1).total());
        assertEquals(30, DriverSnapshot.enrolled(stores.dynamo, Tables.game()).read(copid).orElseThrow().size(),
                "a snapshot lags the players, never leads them: it holds those it was told of since");
    }

    @Test
    void anEnrolmentCutShortAndRedeliveredLogsEveryPlayerCreatedOnce() {
        players.create(copid, new NewPlayer("drv0007", "Seven", Profile.EMPTY));
        // Eight transactions of 20 players (one a count shard); the third dies, after the enrolment reserved its ids.
        AtomicInteger transactions = new AtomicInteger();
        ExecutionInterceptor dieOnThird = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof TransactWriteItemsRequest && transactions.incrementAndGet() == 3) {
                    throw SdkClientException.create("injected: the function died");
                }
            }
        };
        Wiring dying = new Wiring(() -> Faults.dynamoDb(dieOnThird), Faults::sqs, Clock.systemUTC());
        assertThrows(SdkClientException.class, () -> dying.roster().enrol(copid, drivers(0, 160), 0));
        assertTrue(players.list(copid, 0, 1).total() < 160, "the third transaction's players are not there");
        // Another event of the company in between, its id from the same counter as the enrolments' blocks.
        players.setEnabled(copid, "drv0007", false);

        roster.enrol(copid, drivers(0, 160), 0);

        assertEquals(160, players.list(copid, 0, 1).total());
        List<Map<String, AttributeValue>> log = stores.dynamo.queryPaginator(query -> query.tableName(Tables.events())
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(copid + "#log")))).items().stream().toList();
        Map<String, Long> created = log.stream().filter(item -> item.get("type").s().equals("player_created"))
                .collect(Collectors.groupingBy(item -> item.get("userxtid").s(), Collectors.counting()));
        assertEquals(drivers(0, 160), created.keySet(), "every player's creation logged, none lost to an id taken");
        assertEquals(Set.of(1L), Set.copyOf(created.values()), "and logged once: " + created);
        assertEquals(Map.of("player_created", 160L, "player_disabled", 1L), log.stream().collect(
                Collectors.groupingBy(item -> item.get("type").s(), Collectors.counting())), "and nothing else");
    }

    @Test
    void enrolmentsAtTheSameTimeCountEveryPlayerOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                int from = run * 100;
                runs.add(pool.submit(() -> roster.enrol(copid, drivers(from, from + 200), 0)));
            }
            runs.add(pool.submit(() -> players.create(copid, new NewPlayer("drv0150", "Racer", Profile.EMPTY))));
            for (Future<?> run : runs) {
                try {
                    run.get();
                } catch (ExecutionException conflict) {
                    // the API's create may find the id taken by an enrolment: that is its 409, and nothing else
                    assertTrue(conflict.getCause().getMessage().contains("exists"), conflict.getCause().toString());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(400, players.list(copid, 0, 1).total());
        assertEquals(400, DriverSnapshot.enrolled(stores.dynamo, Tables.game()).read(copid).orElseThrow().size());
        // each player one number, the create's or an enrolment's, and no number given twice
        PlayerNumbersTest.distinct(PlayerNumbersTest.numbers(new DynamoDbPlayerStore(stores.dynamo, Tables.game(), Tables.events()),
                copid, drivers(0, 400)));
    }
}
