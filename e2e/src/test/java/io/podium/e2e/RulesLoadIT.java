package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Playoff's custom rules under load, over HTTP: 16 clients evaluate a rule adding an amount to a point metric on random
 * subsets of the same 10 players, each call with an {@code Idempotency-Key}, while 4 reverters revert events the
 * clients were answered (now and then one already reverted, one of another player, one that does not exist). Every
 * call is answered in the end: a {@code 503 busy} is retried with the same key, and so is a call whose answer was lost
 * (the client gave up waiting, or the connection broke); some answered calls are sent again on purpose. A retry must
 * answer the event ids of the first answer, and no event is ever answered {@code reverted} twice. Afterwards each
 * player's value must equal the oracle: the sum of the amounts of the distinct events applied to it, less those
 * reverted: nothing lost, nothing applied twice. Also: the runtime killed with SIGKILL in the middle of that load and
 * restarted on the same data, the clients retrying what the kill left unanswered, ends in the same state.
 * <p>
 * The choices of each thread (players, amounts, which calls are cut short or sent again, what is reverted) come from
 * the seed printed by every run; {@code -Dpodium.rulesload.seed=N} makes the same choices again (the threads'
 * interleaving, of course, is the machine's).
 */
@ExtendWith(SharedPodium.class)
class RulesLoadIT {
    private static final int CLIENTS = 16;
    private static final int REVERTERS = 4;
    private static final int CALLS_PER_CLIENT = 20;
    private static final List<String> PLAYERS = IntStream.range(0, 10).mapToObj(i -> "p" + i).toList();
    /** Percent of first attempts sent with a timeout too short to wait for the answer (the server goes on regardless). */
    private static final int CUT_SHORT_PERCENT = 10;
    /** Percent of answered evaluations sent again, with the same key and body. */
    private static final int RESEND_PERCENT = 15;
    /** A reverter's pause between two calls, at most: so that a good share of the events, not all, is reverted. */
    private static final int REVERTER_PAUSE_MS = 40;
    private static final String METRIC = "load_points";
    private static final String RULE = "load_add";
    /** Beyond any id the company's event counter reaches in a test: not_found for any player. */
    private static final String UNKNOWN_EVENT = "999999999999";
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String SEED_PROPERTY = "podium.rulesload.seed";
    private static final long SEED = Long.getLong(SEED_PROPERTY, System.nanoTime());

    /** One player's share of an evaluation: the event the answer named, the amount it added, the call's key. */
    record Applied(String eventId, String player, int amount, String key) {
    }

    /** A call's answer, and whether the connection of one of its attempts broke (the runtime was killed). */
    record Answer(JsonNode json, boolean connectionBroke) {
    }

    /** The game as the load's threads reach it: its token, and the runtime serving it now (a restart changes the port). */
    private static final class Game {
        private final String token;
        private final AtomicReference<Http> http;
        /** How many times the runtime was restarted under the load. */
        private final AtomicInteger restarts = new AtomicInteger();

        Game(String token, Http http) {
            this.token = token;
            this.http = new AtomicReference<>(http);
        }

        /** {@code key}: an Idempotency-Key, or null; {@code timeout}: null for the usual one. */
        Response send(String method, String path, String key, String body, Duration timeout) {
            Map<String, String> headers = new HashMap<>(Map.of(Http.TOKEN_HEADER, token));
            if (body != null) {
                headers.put("Content-Type", "application/json");
            }
            if (key != null) {
                headers.put("Idempotency-Key", key);
            }
            Http to = timeout == null ? http.get() : http.get().withTimeout(timeout);
            return to.request(method, path, headers, body);
        }

        void movedTo(Http restarted) {
            http.set(restarted);
            restarts.incrementAndGet();
        }
    }

    /** What the clients and reverters were answered, and the counts the run prints. */
    private static final class Ledger {
        /** {@code key player} → the event id its first answer named. */
        final Map<String, String> eventOfApplication = new ConcurrentHashMap<>();
        /** Event id → the application it is. */
        final Map<String, Applied> applied = new ConcurrentHashMap<>();
        /** The applications in the order answered, for the reverters to pick from. */
        final List<Applied> observed = new ArrayList<>();
        /** The events some answer reported {@code reverted}, and those some answer reported {@code already_reverted}. */
        final Set<String> reverted = ConcurrentHashMap.newKeySet();
        final Set<String> alreadyReverted = ConcurrentHashMap.newKeySet();
        final List<Applied> revertedList = new ArrayList<>();
        /** The events named by a revert of which some attempt was never answered: it may have reverted them. */
        final Set<String> namedByUnansweredRevert = ConcurrentHashMap.newKeySet();
        final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        /** When the runtime was killed, if it was. */
        volatile Instant killed;

        void count(String what) {
            counts.computeIfAbsent(what, k -> new LongAdder()).increment();
        }

        long total(String what) {
            LongAdder adder = counts.get(what);
            return adder == null ? 0 : adder.sum();
        }

        void observe(Applied application) {
            synchronized (observed) {
                observed.add(application);
            }
        }

        Applied pick(SplittableRandom random, List<Applied> from) {
            synchronized (from) {
                return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
            }
        }

        boolean knownReverted(String eventId) {
            return reverted.contains(eventId) || alreadyReverted.contains(eventId);
        }

        int applications() {
            synchronized (observed) {
                return observed.size();
            }
        }
    }

    @Test
    void everyPlayerEndsAtTheSumOfItsEventsNotReverted(LocalPodium podium) throws Exception {
        Instant start = Instant.now();
        Game game = setUp(podium);
        Ledger ledger = new Ledger();
        Load.start(game, ledger, "load").finish();
        Map<String, Long> values = assertValuesEqualTheOracle(game, ledger);
        assertTrue(ledger.total("evaluations sent again after their answer") > 0, "some answered calls were sent again");
        assertTrue(ledger.total("evaluations cut short by the client") > 0, "some answers were lost to a client timeout");
        report("rules load", ledger, values, start);
    }

    @Test
    void aSigkilledRuntimeUnderTheLoadEndsInTheSameState(@TempDir Path dataDir) throws Exception {
        Instant start = Instant.now();
        LocalPodium first = LocalPodium.persistent(dataDir);
        LocalPodium second = null;
        Load load = null;
        try {
            Game game = setUp(first);
            Ledger ledger = new Ledger();
            Instant loadStart = Instant.now();
            load = Load.start(game, ledger, "kill");
            int killAt = CLIENTS * CALLS_PER_CLIENT * 2 / 5;
            Instant deadline = Instant.now().plus(PATIENCE);
            while (ledger.total("evaluations") < killAt && Instant.now().isBefore(deadline) && !load.anyEnded()) {
                LocalPodium.pause(Duration.ofMillis(20));
            }
            Instant killed = Instant.now();
            ledger.killed = killed;
            first.kill();
            long beforeKill = ledger.total("evaluations");
            second = LocalPodium.persistent(dataDir);
            game.movedTo(second.http());
            Duration restart = Duration.between(killed, Instant.now());
            load.finish();
            Map<String, Long> values = assertValuesEqualTheOracle(game, ledger);
            assertTrue(ledger.total("calls first sent before the kill, answered after the restart") > 0,
                    "the kill left calls unanswered, retried after the restart");
            System.out.printf("sigkill: killed %.1f s into the load, %d of %d evaluations answered; up again %.1f s later%n",
                    Duration.between(loadStart, killed).toMillis() / 1000.0, beforeKill, CLIENTS * CALLS_PER_CLIENT,
                    restart.toMillis() / 1000.0);
            report("rules load with SIGKILL", ledger, values, start);
        } finally {
            if (load != null) {
                load.abandon();
            }
            first.close();
            if (second != null) {
                second.close();
            }
        }
    }

    /** A game of its own: the point metric (no min, no max: nothing clamps), the rule, and the players. */
    private static Game setUp(LocalPodium podium) {
        Tenant tenant = Tenant.create(podium, "game");
        Game game = new Game(tenant.token(), podium.http());
        created(game.send("PUT", "/v2/admin/definitions/metrics/" + METRIC, null,
                "{\"name\":\"" + METRIC + "\",\"type\":\"point\",\"default\":0}", null));
        created(game.send("PUT", "/v2/admin/definitions/rules/" + RULE, null, "{\"name\":\"load add\","
                + "\"variables\":[{\"name\":\"amount\",\"type\":\"int\",\"default\":0,\"required\":true}],"
                + "\"effects\":[{\"metric\":\"" + METRIC + "\",\"verb\":\"add\",\"value\":{\"variable\":\"amount\"}}]}", null));
        for (String player : PLAYERS) {
            created(game.send("POST", "/v2/admin/players", null, "{\"id\":\"" + player + "\"}", null));
        }
        System.out.printf("RulesLoadIT: seed %d (-D%s=%d repeats the threads' choices)%n", SEED, SEED_PROPERTY, SEED);
        return game;
    }

    private static void created(Response response) {
        assertTrue(response.status() == 200 || response.status() == 201, response.toString());
    }

    /** The clients and the reverters, running. */
    private record Load(ExecutorService pool, List<Future<?>> clients, List<Future<?>> reverters, AtomicBoolean stop) {
        static Load start(Game game, Ledger ledger, String run) {
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + REVERTERS);
            AtomicBoolean stop = new AtomicBoolean();
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> client(game, ledger, run + "-c" + client, new SplittableRandom(SEED + client))));
            }
            List<Future<?>> reverters = new ArrayList<>();
            for (int r = 0; r < REVERTERS; r++) {
                int reverter = r;
                reverters.add(pool.submit(() -> reverter(game, ledger, stop, new SplittableRandom(SEED + CLIENTS + reverter))));
            }
            return new Load(pool, clients, reverters, stop);
        }

        /** A client done already: it failed (or the load outran the kill), so there is no point waiting longer. */
        boolean anyEnded() {
            return clients.stream().anyMatch(Future::isDone);
        }

        /** Stops every thread now (nothing left to do when the load has finished). */
        void abandon() {
            stop.set(true);
            pool.shutdownNow();
        }

        /** Waits for every client's last call; then stops the reverters, and waits for theirs. */
        void finish() throws InterruptedException {
            try {
                try {
                    for (Future<?> client : clients) {
                        client.get(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS);
                    }
                } finally {
                    stop.set(true);
                }
                for (Future<?> reverter : reverters) {
                    reverter.get(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS);
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof AssertionError assertion) {
                    throw assertion;
                }
                throw new AssertionError(e.getCause());
            } catch (TimeoutException e) {
                throw new AssertionError("the load did not end within " + PATIENCE.multipliedBy(2), e);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * One client: {@value #CALLS_PER_CLIENT} evaluations, each on 1 to 3 of the players with an amount of 1 to 1000
     * and a key of its own, each answered in the end; some sent again once answered.
     */
    private static void client(Game game, Ledger ledger, String name, SplittableRandom random) {
        for (int n = 0; n < CALLS_PER_CLIENT; n++) {
            String key = name + "-" + n;
            List<String> players = players(random, 1 + random.nextInt(3));
            int amount = 1 + random.nextInt(1000);
            String body = "{\"data\":[{\"player_ids\":[" + players.stream().map(p -> "\"" + p + "\"")
                    .collect(Collectors.joining(",")) + "],\"variables\":{\"amount\":" + amount + "}}]}";
            Function<Duration, Response> call = timeout -> game.send("POST", "/v2/admin/rules/" + RULE, key, body, timeout);
            Answer answer = untilAnswered(game, ledger, "evaluation", "evaluation " + key + " " + body, call,
                    cutShort(random), () -> { });
            List<String> events = record(ledger, key, players, amount, answer);
            ledger.count("evaluations");
            if (random.nextInt(100) < RESEND_PERCENT) {
                ledger.count("evaluations sent again after their answer");
                Answer again = untilAnswered(game, ledger, "evaluation", "evaluation " + key + " sent again", call,
                        null, () -> { });
                assertEquals(events, record(ledger, key, players, amount, again),
                        "the same Idempotency-Key answered other events (ids and changes): " + key);
            }
        }
    }

    /** A timeout too short for the answer, for {@value #CUT_SHORT_PERCENT}% of calls; else null. */
    private static Duration cutShort(SplittableRandom random) {
        return random.nextInt(100) < CUT_SHORT_PERCENT ? Duration.ofMillis(1 + random.nextInt(20)) : null;
    }

    /** {@code count} distinct players in a random order. */
    private static List<String> players(SplittableRandom random, int count) {
        List<String> all = new ArrayList<>(PLAYERS);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(all.size() - i);
            all.set(j, all.set(i, all.get(j)));
        }
        return List.copyOf(all.subList(0, count));
    }

    /**
     * Checks an evaluation's answer and records its events: a key and player answered twice must name the same event,
     * and an event id may name one application only. Answers each event as {@code id changes}.
     */
    private static List<String> record(Ledger ledger, String key, List<String> players, int amount, Answer answered) {
        JsonNode answer = answered.json();
        assertEquals(1, answer.size(), "one array per data entry: " + answer);
        JsonNode entry = answer.get(0);
        assertEquals(players.size(), entry.size(), "one outcome per player: " + answer);
        List<String> events = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
            String player = players.get(i);
            JsonNode outcome = entry.get(i);
            assertEquals(player, outcome.get("player_id").asText(), answer.toString());
            JsonNode local = outcome.get("events").get("local");
            assertEquals(1, local.size(), answer.toString());
            JsonNode event = local.get(0);
            String id = event.get("id").asText();
            JsonNode changes = event.get("changes");
            assertEquals(1, changes.size(), answer.toString());
            assertEquals(METRIC, changes.get(0).get("metric").get("id").asText(), answer.toString());
            assertEquals(amount, delta(changes.get(0)), "the event adds the amount: " + answer);
            String before = ledger.eventOfApplication.putIfAbsent(key + " " + player, id);
            if (before == null) {
                Applied application = new Applied(id, player, amount, key);
                Applied other = ledger.applied.putIfAbsent(id, application);
                assertNull(other, "event " + id + " answered for two applications: " + other + " and " + application);
                ledger.observe(application);
                Instant killed = ledger.killed;
                if (answered.connectionBroke() && killed != null
                        && Instant.parse(event.get("timestamp").asText()).isBefore(killed)) {
                    ledger.count("applications made before the kill, first answered after the restart");
                }
            } else {
                assertEquals(before, id, "key " + key + " answered two events for " + player + ": applied twice");
            }
            events.add(id + " " + changes);
        }
        return events;
    }

    private static long delta(JsonNode change) {
        return Long.parseLong(change.get("delta").get("new").asText()) - Long.parseLong(change.get("delta").get("old").asText());
    }

    /**
     * One reverter, until the clients are done: a revert of a random answered event, now and then with another
     * (of the same player or not), one already reverted, or one that does not exist.
     */
    private static void reverter(Game game, Ledger ledger, AtomicBoolean stop, SplittableRandom random) {
        while (!stop.get()) {
            Applied target = ledger.pick(random, ledger.observed);
            if (target == null) {
                LocalPodium.pause(Duration.ofMillis(20));
                continue;
            }
            List<String> ids = new ArrayList<>(List.of(target.eventId()));
            if (random.nextInt(100) < 40) {
                add(ids, ledger.pick(random, ledger.observed));
            }
            if (random.nextInt(100) < 20) {
                add(ids, ledger.pick(random, ledger.revertedList));
            }
            if (random.nextInt(100) < 10) {
                ids.add(random.nextInt(ids.size() + 1), UNKNOWN_EVENT);
            }
            Set<String> knownReverted = ids.stream().filter(ledger::knownReverted).collect(Collectors.toSet());
            String body = "{\"event_ids\":[" + ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")) + "]}";
            String path = "/v2/admin/players/" + target.player() + "/revert";
            JsonNode answer = untilAnswered(game, ledger, "revert", "revert " + path + " " + body,
                    timeout -> game.send("POST", path, null, body, timeout), cutShort(random),
                    () -> ledger.namedByUnansweredRevert.addAll(ids)).json();
            ledger.count("revert calls");
            assertEquals(ids.size(), answer.size(), "one entry per id asked: " + body + " → " + answer);
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                JsonNode entry = answer.get(i);
                String what = path + " " + body + " → " + answer;
                assertEquals(id, entry.get("event").asText(), what);
                String status = entry.get("status").asText();
                Applied event = ledger.applied.get(id);
                if (event == null || !event.player().equals(target.player())) {
                    assertEquals("not_found", status, "an event of another player, or none: " + what);
                    ledger.count("revert ids not_found");
                } else if (knownReverted.contains(id)) {
                    assertEquals("already_reverted", status, "an event known reverted before the call: " + what);
                    ledger.count("revert ids already_reverted");
                } else if (status.equals("reverted")) {
                    assertTrue(ledger.reverted.add(id), "event " + id + " reported reverted twice, again by " + what);
                    JsonNode changes = entry.get("changes");
                    assertEquals(1, changes.size(), what);
                    assertEquals(-event.amount(), delta(changes.get(0)), "the revert takes the amount back: " + what);
                    synchronized (ledger.revertedList) {
                        ledger.revertedList.add(event);
                    }
                    ledger.count("revert ids reverted");
                } else {
                    assertEquals("already_reverted", status, what);
                    ledger.alreadyReverted.add(id);
                    ledger.count("revert ids already_reverted");
                }
            }
            LocalPodium.pause(Duration.ofMillis(random.nextInt(REVERTER_PAUSE_MS + 1)));
        }
    }

    private static void add(List<String> ids, Applied event) {
        if (event != null && !ids.contains(event.eventId())) {
            ids.add(event.eventId());
        }
    }

    /**
     * The answer of a call repeated until it is 200: after a {@code 503 busy}, after a timeout of the client's (the
     * first attempt's {@code firstTimeout}, when not null), and after a broken or refused connection (the runtime
     * killed, or not up again yet). {@code lost} runs each time an attempt's answer is lost.
     */
    private static Answer untilAnswered(Game game, Ledger ledger, String kind, String what,
                                          Function<Duration, Response> call, Duration firstTimeout, Runnable lost) {
        Instant deadline = Instant.now().plus(PATIENCE);
        int restartsAtFirst = game.restarts.get();
        Duration timeout = firstTimeout;
        boolean cutShort = false;
        boolean broken = false;
        while (true) {
            assertTrue(Instant.now().isBefore(deadline), what + ": no answer within " + PATIENCE);
            Response response;
            try {
                response = call.apply(timeout);
            } catch (UncheckedIOException unanswered) {
                lost.run();
                if (unanswered.getCause() instanceof HttpTimeoutException && timeout != null) {
                    cutShort = true;
                } else {
                    broken = true;
                    LocalPodium.pause(Duration.ofMillis(100));
                }
                timeout = null;
                continue;
            }
            timeout = null;
            if (response.status() == 503 && "busy".equals(response.errorCode())) {
                ledger.count("busy answers to a " + kind + ", retried");
                // Retry-After says a second; the load retries sooner on purpose, to keep the contention up.
                LocalPodium.pause(Duration.ofMillis(10 + ThreadLocalRandom.current().nextInt(30)));
                continue;
            }
            assertEquals(200, response.status(), what + ": " + response);
            if (cutShort) {
                ledger.count(kind + "s cut short by the client");
            }
            if (broken) {
                ledger.count(kind + "s whose connection broke");
            }
            if (broken && game.restarts.get() > restartsAtFirst) {
                ledger.count("calls first sent before the kill, answered after the restart");
            }
            return new Answer(response.json(), broken);
        }
    }

    /**
     * Checks the reverts against each other and each player's value against the oracle: the amounts of its distinct
     * events, less those reverted. Answers the values read.
     */
    private static Map<String, Long> assertValuesEqualTheOracle(Game game, Ledger ledger) {
        for (String id : ledger.alreadyReverted) {
            assertTrue(ledger.reverted.contains(id) || ledger.namedByUnansweredRevert.contains(id), "event " + id
                    + " was answered already_reverted, yet no answer reverted it and no unanswered revert named it");
        }
        Set<String> reverted = ConcurrentHashMap.newKeySet();
        reverted.addAll(ledger.reverted);
        reverted.addAll(ledger.alreadyReverted);
        assertEquals(ledger.eventOfApplication.size(), ledger.applied.size(),
                "one distinct event id per key and player answered: nothing applied twice");
        assertEquals(ledger.applications(), ledger.applied.size());
        Map<String, Long> oracle = new TreeMap<>();
        Map<String, List<String>> history = new TreeMap<>();
        PLAYERS.forEach(player -> oracle.put(player, 0L));
        for (Applied application : ledger.applied.values()) {
            boolean undone = reverted.contains(application.eventId());
            if (!undone) {
                oracle.merge(application.player(), (long) application.amount(), Long::sum);
            }
            history.computeIfAbsent(application.player(), p -> new ArrayList<>())
                    .add(application.eventId() + (undone ? " -" : " +") + application.amount());
        }
        Map<String, Long> stored = new TreeMap<>();
        for (String player : PLAYERS) {
            Response profile = game.send("GET", "/v2/admin/players/" + player, null, null, null);
            assertEquals(200, profile.status(), profile.toString());
            JsonNode value = null;
            for (JsonNode score : profile.json().get("scores")) {
                if (score.get("metric").get("id").asText().equals(METRIC)) {
                    value = score.get("value");
                }
            }
            if (value == null || !value.isTextual()) {
                fail("the profile has no point value (a string) of " + METRIC + ": " + profile);
            }
            stored.put(player, Long.parseLong(value.asText()));
        }
        if (!oracle.equals(stored)) {
            StringBuilder differences = new StringBuilder();
            oracle.forEach((player, expected) -> {
                if (!expected.equals(stored.get(player))) {
                    differences.append(String.format("%n%s: stored %d, oracle %d (off by %d); events: %s", player,
                            stored.get(player), expected, stored.get(player) - expected, history.get(player)));
                }
            });
            fail("values differ from the oracle (seed " + SEED + "):" + differences);
        }
        return stored;
    }

    private static void report(String what, Ledger ledger, Map<String, Long> values, Instant start) {
        Map<String, Long> counts = new TreeMap<>();
        ledger.counts.forEach((name, adder) -> counts.put(name, adder.sum()));
        long reverted = ledger.applied.keySet().stream().filter(ledger::knownReverted).count();
        long unanswered = ledger.alreadyReverted.stream().filter(id -> !ledger.reverted.contains(id)).count();
        System.out.printf("%s: %d events applied to %d players by %d clients, %d of them reverted by %d reverters (%d by"
                        + " a call whose answer was lost); 0 lost, 0 applied twice: every value equals the oracle %s;"
                        + " %.1f s%n  %s%n", what, ledger.applied.size(), PLAYERS.size(), CLIENTS, reverted, REVERTERS,
                unanswered, values, Duration.between(start, Instant.now()).toMillis() / 1000.0, counts);
    }
}
