package io.podium.bench;

import io.podium.leaderboards.Roster;
import io.podium.teams.NewTeam;
import io.podium.teams.RoleChange;
import io.podium.teams.TeamAccess;
import io.podium.teams.TeamDefinitionRequest;
import io.podium.teams.TeamService;
import io.podium.players.NewPlayer;
import io.podium.players.PlayerHit;
import io.podium.players.PlayerPage;
import io.podium.players.PlayerService;
import io.podium.players.Profile;
import io.podium.profiles.PlayerProfiles;
import io.podium.scores.Score;
import io.podium.scores.ScoreBatch;
import io.podium.scores.ScoreStore;
import io.podium.wiring.Wiring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The player registry at {@value #PLAYERS} players of one company, in DynamoDB calls: a page of the list, a page of
 * the search, a profile and a page of a team's members, each as its handler reads it (the same service calls); then a
 * player's erasure, its reads per item the player owned, and the boards after it against an oracle without them. The
 * players are enrolled as a recompute enrols drivers seen in scores, and have a finalized total on one metric, which
 * every profile reads; the erased player, a team's member, has a month of daily scores, a badge, and high-fives given
 * and received.
 */
final class PlayersBench {
    static final int PLAYERS = 100_000;
    /** The keys of the results that Bench lifts to the top: {@code teams.*}, {@code erasure.*}, {@code rules.*}, {@code revert.*}. */
    static final String TEAMS = "teams";
    static final String ERASURE = "erasure";
    static final String RULES = "rules";
    static final String REVERT = "revert";
    private static final String METRIC = "distance";
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
    /** The team's size: its members' pages are what is measured. */
    private static final int MEMBERS = 1_000;
    /** The erased player, and the days of January they scored on (every one but the 31st). */
    private static final String ERASED = BoardBench.driver(7);
    private static final int ERASED_DAYS = 30;

    private final Wiring wiring = Wiring.aws();
    private final PlayerService players = wiring.players();
    private final PlayerProfiles profiles = wiring.profiles();

    Map<String, Object> run() throws Exception {
        String copid = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        Set<String> ids = IntStream.range(0, PLAYERS).mapToObj(BoardBench::driver).collect(Collectors.toSet());
        seedScores(copid);
        Roster roster = wiring.roster();
        // The enrolment writes from 8 threads: every thread's calls count.
        CapacityMeter.Recording enrolling = CapacityMeter.startAllThreads();
        long start = System.nanoTime();
        roster.enrol(copid, ids, 0);
        BoardBench.Measured enrol = new BoardBench.Measured((System.nanoTime() - start) / 1e6, enrolling.stop());
        System.err.println("bench: players: " + PLAYERS + " enrolled in " + Bench.round(enrol.ms()) + " ms");
        players.create(copid, new NewPlayer("zoe", "Zoë Ångström", Profile.EMPTY));
        wiring.metrics().finalizeThrough(copid, METRIC, DAY, Instant.now());
        wiring.recomputer().recompute(copid, METRIC);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("players", PLAYERS + 1);
        result.put("enrol", enrol.json());
        result.put("enrolWcuPerPlayer", Bench.round(enrol.usage().wcu() / PLAYERS));

        Map<String, Object> list = new LinkedHashMap<>();
        int listCalls = 0;
        // The pages a screen reaches by paging: the first, and the 10th and 50th pages of 100.
        for (int skip : new int[]{0, 900, 4_900}) {
            BoardBench.Measured page = BoardBench.measure(() -> expect(players.list(copid, skip, 100), 100));
            list.put("skip" + skip, page.json());
            listCalls = Math.max(listCalls, page.usage().totalCalls());
        }
        // Deeper, a page reads its way through every player before it, 1 MB (about 8,000 players) a call: reported,
        // not part of the key.
        list.put("skip9900", BoardBench.measure(() -> expect(players.list(copid, 9_900, 100), 100)).json());
        list.put("skip99900", BoardBench.measure(() -> expect(players.list(copid, 99_900, 100), 100)).json());
        result.put("list", list);
        result.put("listCallsPerPage", listCalls);

        Map<String, Object> search = new LinkedHashMap<>();
        int searchCalls = 0;
        // "drv" starts every player's id: the most matches a pattern can have, first and deepest page of 10.
        for (int skip : new int[]{0, 990}) {
            BoardBench.Measured page = BoardBench.measure(() -> expectHits(players.search(copid, "drv", skip, 10), 10));
            search.put("drvSkip" + skip, page.json());
            searchCalls = Math.max(searchCalls, page.usage().totalCalls());
        }
        BoardBench.Measured word = BoardBench.measure(() -> expectHits(players.search(copid, "angst", 0, 10), 1));
        search.put("angst", word.json());
        searchCalls = Math.max(searchCalls, word.usage().totalCalls());
        result.put("search", search);
        result.put("searchCallsPerPage", searchCalls);

        BoardBench.Measured profile = BoardBench.measure(() -> {
            if (profiles.of(copid, BoardBench.driver(PLAYERS / 3)).scores().isEmpty()) {
                throw new IllegalStateException("a profile without its metric");
            }
        });
        result.put("profile", profile.json());
        result.put("profileCalls", profile.usage().totalCalls());

        TeamService teams = wiring.teams();
        wiring.teamDefinitions().define(copid, new TeamDefinitionRequest("crew", "Crew", List.of("member"), List.of("member"),
                TeamAccess.PUBLIC));
        String team = teams.create(copid, new NewTeam(Optional.of("night"), "Night", Optional.empty(), "crew")).team().id();
        for (int i = 0; i < MEMBERS; i++) {
            teams.join(copid, team, new RoleChange(BoardBench.driver(i), Map.of("member", true)));
        }
        Map<String, Object> members = new LinkedHashMap<>();
        int membersCalls = 0;
        for (int skip : new int[]{0, MEMBERS - 100}) {
            BoardBench.Measured page = BoardBench.measure(() -> {
                if (teams.members(copid, team, skip, 100).members().size() != 100) {
                    throw new IllegalStateException("a page of members is not 100");
                }
            });
            members.put("skip" + skip, page.json());
            membersCalls = Math.max(membersCalls, page.usage().totalCalls());
        }
        members.put("membersCallsPerPage", membersCalls);
        result.put(TEAMS, members);
        result.put(ERASURE, new ErasureScenario(wiring, copid).run());
        result.putAll(new RulesScenario(wiring, copid).run());
        return result;
    }

    /** One day of scores for every player, so that the profile has a total to read. */
    private void seedScores(String copid) {
        ScoreStore store = wiring.scores();
        List<Score> batch = new ArrayList<>();
        for (int i = 0; i < PLAYERS; i++) {
            batch.add(new Score(BoardBench.driver(i), BoardBench.score(i, 0)));
            if (batch.size() == 50 || i == PLAYERS - 1) {
                store.putBatch(copid, new ScoreBatch(METRIC, DAY, batch), Instant.now());
                batch = new ArrayList<>();
            }
        }
    }

    private static void expect(PlayerPage page, int size) {
        if (page.players().size() != size || page.total() != PLAYERS + 1) {
            throw new IllegalStateException("a page of " + page.players().size() + " of " + page.total() + " players");
        }
    }

    private static void expectHits(List<PlayerHit> hits, int size) {
        if (hits.size() != size) {
            throw new IllegalStateException("a search found " + hits.size() + ", not " + size);
        }
    }
}
