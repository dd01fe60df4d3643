package io.podium.handlers;

import io.podium.adapters.dynamodb.DynamoDbPlayerStore;
import io.podium.adapters.dynamodb.Tables;
import io.podium.players.NewPlayer;
import io.podium.players.Player;
import io.podium.players.PlayerCard;
import io.podium.players.PlayerChange;
import io.podium.players.PlayerRoster;
import io.podium.players.PlayerService;
import io.podium.players.Profile;
import io.podium.wiring.Wiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Players' numbers (given once, at creation, never again) and their cards, against the local DynamoDB engine. */
@ExtendWith(InProcessPodium.class)
class PlayerNumbersTest {
    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");

    private final Stores stores = Stores.healthy();
    private final Wiring wiring = new Wiring(() -> stores.dynamo, Faults::sqs, Clock.systemUTC());
    private final PlayerService players = wiring.players();
    private final PlayerRoster roster = wiring.roster();
    private final DynamoDbPlayerStore store = new DynamoDbPlayerStore(stores.dynamo, Tables.game(), Tables.events());
    private final String copid = newCompany();

    private static Set<String> drivers(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> String.format("drv%04d", i)).collect(Collectors.toSet());
    }

    /** Every player's number, by id: the cards read 100 at a time. */
    private Map<String, Long> numbers(Collection<String> ids) {
        return numbers(store, copid, ids);
    }

    /** Every one of these players' number, by id. */
    static Map<String, Long> numbers(DynamoDbPlayerStore store, String copid, Collection<String> ids) {
        Map<String, PlayerCard> cards = store.cards(copid, ids);
        assertEquals(Set.copyOf(ids), cards.keySet(), "every one a player");
        return cards.values().stream().collect(Collectors.toMap(PlayerCard::id, card -> card.number().orElseThrow()));
    }

    /** No two players have the same number. */
    static void distinct(Map<String, Long> numbers) {
        assertEquals(numbers.size(), new HashSet<>(numbers.values()).size(), numbers.toString());
    }

    private static Player player(String id) {
        return new Player(id, "Player " + id, true, Profile.EMPTY, CREATED);
    }

    @Test
    void playersCreatedThroughTheApiAreNumberedOneTwoThreeInOrder() {
        for (String id : List.of("carol", "alice", "bob")) {
            players.create(copid, new NewPlayer(id, id, Profile.EMPTY));
        }
        assertEquals(Map.of("carol", 1L, "alice", 2L, "bob", 3L), numbers(List.of("alice", "bob", "carol")));
    }

    @Test
    void aBulkEnrolmentGivesEveryDriverItsOwnNumberAndEventIdForOneWriteEach() {
        Faults.Calls calls = new Faults.Calls();
        List<String> updated = new CopyOnWriteArrayList<>();
        ExecutionInterceptor updates = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof UpdateItemRequest update) {
                    updated.add(update.key().get("pk").s() + " " + update.key().get("sk").s());
                }
            }
        };
        Wiring counted = new Wiring(() -> Faults.dynamoDb(calls, updates), Faults::sqs, Clock.systemUTC());
        counted.roster().enrol(copid, drivers(0, 250), 0);
        long transactions = calls.operations.stream().filter("TransactWriteItems"::equals).count();
        // A player is four items (itself, its term, its event and its erasure check): 24 a transaction.
        assertEquals(16, transactions, "eight runs of 31 or 32 players, two transactions each: " + calls.operations);
        assertEquals(1, updated.stream().filter((copid + "#counter player")::equals).count(),
                "one block of numbers for the whole enrolment: " + updated);
        assertEquals(1, updated.stream().filter((copid + "#counter event")::equals).count(),
                "one block of player_created ids for the whole enrolment, not one a transaction: " + updated);

        Map<String, Long> numbers = numbers(drivers(0, 250));
        distinct(numbers);
        assertEquals(Set.copyOf(IntStream.rangeClosed(1, 250).boxed().map(Long::valueOf).toList()),
                Set.copyOf(numbers.values()), "nothing failed, so no gap");

        roster.enrol(copid, drivers(0, 250), 0);
        assertEquals(numbers, numbers(drivers(0, 250)), "an enrolment again changes no number");
    }

    @Test
    void theNumberOfAnErasedPlayerIsNeverGivenAgain() {
        assertTrue(store.create(copid, player("ann")));
        assertTrue(store.create(copid, player("ben")));
        assertEquals(Map.of("ann", 1L, "ben", 2L), numbers(List.of("ann", "ben")));
        store.beginErasure(copid, "ben", Instant.now());
        store.finishErasure(copid, "ben", Instant.now());
        assertTrue(store.create(copid, player("cid")));
        assertTrue(store.create(copid, player("ben")));
        assertEquals(Map.of("ann", 1L, "ben", 4L, "cid", 3L), numbers(List.of("ann", "ben", "cid")));

        assertFalse(store.create(copid, player("ann")), "a taken id");
        assertTrue(store.create(copid, player("dee")));
        assertEquals(6, numbers(List.of("dee")).get("dee"), "the taken id's number is left unused");
    }

    @Test
    void cardsShowNumberProfileAndTimesOfPlayersOnlyInOneCallForAHundred() {
        Profile profile = new Profile(Map.of("first_name", "Ann", "email", "ann@example.com"));
        assertTrue(store.create(copid, new Player("ann", "Ann", true, profile, CREATED)));
        assertTrue(store.create(copid, player("ben")));
        assertTrue(store.create(copid, player("gone")));
        store.beginErasure(copid, "gone", Instant.now());
        Instant changed = Instant.parse("2026-03-02T10:00:00Z");
        DynamoDbPlayerStore later = new DynamoDbPlayerStore(stores.dynamo, Tables.game(), Tables.events(), Clock.fixed(changed, ZoneOffset.UTC));
        later.change(copid, "ben", new PlayerChange(Optional.of("Benjamin"), Map.of("last_name", "Bo")));

        Faults.Calls calls = new Faults.Calls();
        DynamoDbPlayerStore counted = new DynamoDbPlayerStore(Faults.dynamoDb(calls), Tables.game(), Tables.events());
        List<String> ids = new ArrayList<>(List.of("ann", "ben", "gone", "ghost", "ann"));
        IntStream.range(0, 95).forEach(i -> ids.add("nobody" + i));
        Map<String, PlayerCard> cards = counted.cards(copid, ids);
        assertEquals(List.of("BatchGetItem"), calls.operations, "100 distinct ids, one call");
        assertEquals(Map.of(
                "ann", new PlayerCard("ann", OptionalLong.of(1), profile, CREATED, CREATED),
                "ben", new PlayerCard("ben", OptionalLong.of(2), new Profile(Map.of("last_name", "Bo")), CREATED, changed)),
                cards, "the unknown and the erasing left out; updated is created until a change");

        Instant disabled = changed.plusSeconds(60);
        new DynamoDbPlayerStore(stores.dynamo, Tables.game(), Tables.events(), Clock.fixed(disabled, ZoneOffset.UTC))
                .setEnabled(copid, "ben", false);
        PlayerCard ben = store.cards(copid, List.of("ben")).get("ben");
        assertEquals(List.of(OptionalLong.of(2), CREATED, disabled), List.of(ben.number(), ben.created(), ben.updated()),
                "a change keeps the number and the creation time");

        calls.operations.clear();
        assertEquals(Map.of(), counted.cards(copid, List.of()));
        assertEquals(List.of(), calls.operations, "no id, no call");
        List<String> many = new ArrayList<>(ids);
        IntStream.range(95, 150).forEach(i -> many.add("nobody" + i));
        assertEquals(cards.keySet(), counted.cards(copid, many).keySet());
        assertEquals(List.of("BatchGetItem", "BatchGetItem"), calls.operations, "100 ids a call");
    }
}
