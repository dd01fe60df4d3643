package io.podium.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.activity.ActivityFeeds;
import io.podium.activity.ActivityPage;
import io.podium.activity.ActivityWindow;
import io.podium.activity.FeedPosition;
import io.podium.adapters.dynamodb.DynamoDbEventLog;
import io.podium.adapters.dynamodb.Tables;
import io.podium.events.Change;
import io.podium.events.CompanyEvent;
import io.podium.json.Json;
import io.podium.teams.Team;
import io.podium.teams.TeamAccess;
import io.podium.teams.TeamEvents;
import io.podium.wiring.AwsClients;
import io.podium.wiring.Wiring;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Playoff's activity feeds on one company's log of {@code events} events (1,000,000 in a full run), spread evenly over
 * the last 30 days among {@value #DRIVERS} players, each of whom is a player: levels and badges (social, as the
 * recompute appends them) and players disabled and enabled. A team of {@value #MEMBERS} of them, made before the first
 * event, is joined by each at the start. The log is loaded with BatchWriteItem, 25 items a call from
 * {@value #THREADS} threads, as {@link DynamoDbEventLog#storedItem} stores each event (no counter, transaction or
 * key item per event: those are what an append costs, not what a feed reads); {@code loadSeconds} says how long that
 * took.
 *
 * <p>Each page is read as its handler reads it ({@link ActivityFeeds}, the wiring's), with its calls and capacity:
 * the game's feed over its default window (the last 24 hours, about a thirtieth of the log: many pages), its next page
 * by the cursor, a day two weeks back, and a 31-day window (the longest); a player's over 31 days; the team's over the
 * last 7 days. {@code activity.callsPerPage} is the most Queries of the log a page of the game's or a player's feed
 * made; the aliases of a page's actors are read beside them (one BatchGetItem per 100 players), reported as
 * {@code aliasCallsPerPage}, and a team's page, which reads one Query per membership span, as {@code team}.
 */
final class ActivityBench {
    static final String KEY = "activity";
    static final int FULL_EVENTS = 1_000_000;
    static final int QUICK_EVENTS = 100_000;
    private static final int DRIVERS = 10_000;
    private static final int MEMBERS = 50;
    private static final int THREADS = 8;
    private static final int BATCH = 25;
    private static final Duration SPAN = Duration.ofDays(30);
    private static final String TEAM = "night";

    private final int events;
    private final Wiring wiring = Wiring.aws();
    private final DynamoDbClient dynamo = AwsClients.dynamoDb();

    ActivityBench(int events) {
        this.events = events;
    }

    Map<String, Object> run() throws Exception {
        String copid = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        Instant first = now.minus(SPAN);
        wiring.roster().enrol(copid, IntStream.range(0, DRIVERS).mapToObj(BoardBench::driver).collect(Collectors.toSet()), 0);
        Team team = new Team(TEAM, "Night shift", "crew", "Crew", List.of("member"), List.of("member"), TeamAccess.PUBLIC,
                first.minus(Duration.ofHours(1)), Optional.empty(), 0);
        if (!wiring.teamStore().create(copid, team)) {
            throw new IllegalStateException("the team exists");
        }
        // The enrolment appended its player_created events: the loaded ones come after them. Reading each feed once
        // now also has the local engine build its sorted keys of the feed indexes while they are small (it builds an
        // index's on its first Query, then keeps them), so that no page below pays for that.
        ActivityWindow today = ActivityWindow.of(Optional.empty(), Optional.empty(), Instant.now());
        long firstId = wiring.activity().game(copid, today, Optional.empty()).events().get(0).id() + 1;
        wiring.activity().player(copid, BoardBench.driver(7), today, Optional.empty());
        wiring.activity().team(copid, TEAM, today, Optional.empty());
        long started = System.nanoTime();
        load(copid, team, first, firstId);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        System.err.println("bench: activity: " + events + " events loaded in " + Bench.round(loadSeconds) + " s");

        ActivityFeeds feeds = wiring.activity();
        Map<String, Object> pages = new LinkedHashMap<>();
        int callsPerPage = 0;
        int aliasCalls = 0;
        ActivityWindow lastDay = ActivityWindow.of(Optional.empty(), Optional.empty(), now);
        Page game = page(() -> feeds.game(copid, lastDay, Optional.empty()), true);
        Page next = page(() -> feeds.game(copid, lastDay, game.page().next()), true);
        Instant twoWeeksBack = now.minus(Duration.ofDays(14));
        ActivityWindow pastDay = window(twoWeeksBack.minus(Duration.ofDays(1)), twoWeeksBack);
        ActivityWindow longest = window(now.minus(Duration.ofDays(31)), now);
        Page past = page(() -> feeds.game(copid, pastDay, Optional.empty()), true);
        Page month = page(() -> feeds.game(copid, longest, Optional.empty()), true);
        String player = BoardBench.driver(7);
        Page own = page(() -> feeds.player(copid, player, longest, Optional.empty()), false);
        for (Map.Entry<String, Page> read : Map.of("gameLastDay", game, "gameNextPage", next, "gameDayTwoWeeksBack", past,
                "game31Days", month, "player31Days", own).entrySet()) {
            pages.put(read.getKey(), read.getValue().json());
            callsPerPage = Math.max(callsPerPage, read.getValue().measured().usage().calls("Query"));
            aliasCalls = Math.max(aliasCalls, read.getValue().measured().usage().calls("BatchGetItem"));
        }
        // Their join, levels and badges: their player_created is the enrolment's, after the windows' end.
        int perPlayer = events / DRIVERS;
        if (own.page().events().size() != Math.min(ActivityFeeds.PAGE, perPlayer)) {
            throw new IllegalStateException("the player's feed holds " + own.page().events().size() + " events");
        }
        ActivityWindow lastWeek = window(now.minus(Duration.ofDays(7)), now);
        // The members' Queries run on threads of their own: every thread's calls count.
        ActivityPage[] read = new ActivityPage[1];
        CapacityMeter.Recording reading = CapacityMeter.startAllThreads();
        long teamStart = System.nanoTime();
        read[0] = feeds.team(copid, TEAM, lastWeek, Optional.empty());
        Page crew = new Page(read[0], new BoardBench.Measured((System.nanoTime() - teamStart) / 1e6, reading.stop()));
        if (crew.page().events().isEmpty()) {
            throw new IllegalStateException("the team's members did nothing in a week");
        }

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("events", events);
        result.put("drivers", DRIVERS);
        result.put("loadSeconds", Bench.round(loadSeconds));
        result.put("pages", pages);
        result.put("callsPerPage", callsPerPage);
        result.put("aliasCallsPerPage", aliasCalls);
        Map<String, Object> teamPage = new LinkedHashMap<>(crew.json());
        teamPage.put("members", MEMBERS);
        result.put("team", teamPage);
        return result;
    }

    private static ActivityWindow window(Instant start, Instant end) {
        return ActivityWindow.of(Optional.of(start.toString()), Optional.of(end.toString()), end);
    }

    private record Page(ActivityPage page, BoardBench.Measured measured) {
        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>(measured.json());
            json.put("events", page.events().size());
            json.put("next", page.next().isPresent());
            return json;
        }
    }

    private interface Read {
        ActivityPage read();
    }

    /** A page read and measured; {@code full}: it must hold a whole page and name the next. */
    private static Page page(Read read, boolean full) throws Exception {
        ActivityPage[] page = new ActivityPage[1];
        BoardBench.Measured measured = BoardBench.measure(() -> page[0] = read.read());
        if (full && (page[0].events().size() != ActivityFeeds.PAGE || page[0].next().isEmpty())) {
            throw new IllegalStateException("a page of " + page[0].events().size() + " events, next "
                    + page[0].next().map(FeedPosition::cursor));
        }
        return new Page(page[0], measured);
    }

    /** The log's events, evenly over the span from {@code first}: the members' joins, then levels, badges and the rest. */
    private void load(String copid, Team team, Instant first, long firstId) throws Exception {
        long step = SPAN.toNanos() / events;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicLong written = new AtomicLong();
        try {
            List<Future<?>> slices = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int from = thread * events / THREADS;
                int to = (thread + 1) * events / THREADS;
                slices.add(pool.submit(() -> {
                    List<WriteRequest> batch = new ArrayList<>();
                    for (int i = from; i < to; i++) {
                        CompanyEvent event = event(copid, team, i, first.plusNanos(i * step));
                        batch.add(WriteRequest.builder().putRequest(PutRequest.builder()
                                .item(DynamoDbEventLog.storedItem(event, firstId + i)).build()).build());
                        if (batch.size() == BATCH || i == to - 1) {
                            write(batch);
                            long done = written.addAndGet(batch.size());
                            batch = new ArrayList<>();
                            if (done % 100_000 < BATCH) {
                                System.err.println("bench: activity: " + done + " events written");
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> slice : slices) {
                slice.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // The company's counter of events, past the loaded ones, as appends would have left it.
        dynamo.updateItem(update -> update.tableName(Tables.events())
                .key(Map.of("pk", AttributeValue.fromS(copid + "#counter"), "sk", AttributeValue.fromS("event")))
                .updateExpression("ADD seq :count")
                .expressionAttributeValues(Map.of(":count", AttributeValue.fromN(Integer.toString(events)))));
    }

    private CompanyEvent event(String copid, Team team, int i, Instant at) {
        if (i < MEMBERS) {
            return TeamEvents.joined(copid, team, BoardBench.driver(i), List.of("member"), at);
        }
        String driver = BoardBench.driver(i % DRIVERS);
        int level = i / DRIVERS;
        return switch (i % 10) {
            case 0, 1, 2, 3, 4, 5 -> {
                ObjectNode payload = Json.object();
                payload.putObject("level").put("name", "level_" + (level + 1));
                yield CompanyEvent.social(copid, "new_level#" + driver + "#" + (level + 1), "new_level", Optional.of(driver),
                        at, payload, List.of(new Change("level", "level_" + level, "level_" + (level + 1))));
            }
            case 6, 7, 8 -> {
                ObjectNode payload = Json.object();
                payload.putObject("badge").put("id", i % 20).put("name", "badge_" + (i % 20));
                yield CompanyEvent.social(copid, "badge_achieved#" + (i % 20) + "#" + driver + "#" + i, "badge_achieved",
                        Optional.of(driver), at, payload, List.of());
            }
            default -> new CompanyEvent(copid, "player_disabled#" + driver + "#" + i, "player_disabled", Optional.of(driver),
                    at, Json.object(), List.of(), false);
        };
    }

    /** One BatchWriteItem of up to 25, and again with what DynamoDB left unprocessed. */
    private void write(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> request = Map.of(Tables.events(), batch);
        while (!request.isEmpty()) {
            Map<String, List<WriteRequest>> call = request;
            BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(call));
            request = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }
}
