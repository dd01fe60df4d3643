package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.activity.ActivityFeeds;
import io.podium.adapters.dynamodb.DynamoDbActivityLog;
import io.podium.adapters.dynamodb.DynamoDbFeedNames;
import io.podium.adapters.dynamodb.Tables;
import io.podium.api.activity.GetActivityHandler;
import io.podium.api.activity.GetPlayerActivityHandler;
import io.podium.api.activity.GetTeamActivityHandler;
import io.podium.api.processes.GetProcessActivityHandler;
import io.podium.errors.Conflict;
import io.podium.events.Change;
import io.podium.events.CompanyEvent;
import io.podium.json.Json;
import io.podium.players.NewPlayer;
import io.podium.players.PlayerService;
import io.podium.players.Profile;
import io.podium.processes.Lane;
import io.podium.processes.NewProcess;
import io.podium.processes.ProcessDefinitionRequest;
import io.podium.processes.ProcessService;
import io.podium.processes.RoleRequest;
import io.podium.teams.NewTeam;
import io.podium.teams.RoleChange;
import io.podium.teams.TeamAccess;
import io.podium.teams.TeamDefinitionRequest;
import io.podium.teams.TeamService;
import io.podium.wiring.Wiring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static io.podium.handlers.Fixtures.asCompany;
import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Playoff's activity feeds on their fixtures, against the Events and Game tables in the local DynamoDB engine: the
 * seed's bare array, windows, the page limit and its Link to the next page, 404s, and a team's feed of its members
 * while they were members.
 */
@ExtendWith(InProcessPodium.class)
class ActivityHandlersTest {
    private static final Pattern LINK = Pattern.compile("<(/v1/v2/admin/[^?>]+)\\?([^>]+)>; rel=\"next\"");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private final Stores stores = Stores.healthy();
    private final Wiring wiring = stores.wiring(Clock.systemUTC());
    private final PlayerService players = wiring.players();
    private final TeamService teams = wiring.teams();
    private String copid;

    @BeforeEach
    void company() {
        copid = newCompany();
    }

    /** The feeds with pages of {@code pageSize} events, as a handler's clock at {@code now} reads them. */
    private ActivityFeeds feeds(int pageSize) {
        return new ActivityFeeds(new DynamoDbActivityLog(stores.dynamo, Tables.events()),
                new DynamoDbFeedNames(stores.dynamo, Tables.game()),
                new ActivityFeeds.Subjects(players, teams, wiring.processes()), pageSize);
    }

    private APIGatewayProxyRequestEvent request(String fixture, Map<String, String> path, Map<String, String> query) {
        APIGatewayProxyRequestEvent event = asCompany(EventLoader.loadApiGatewayRestEvent("../events/" + fixture + ".json"),
                copid);
        event.setPathParameters(path);
        event.setQueryStringParameters(query);
        return event;
    }

    private APIGatewayProxyResponseEvent game(Map<String, String> query) {
        return new GetActivityHandler().handleRequest(request("get-activity", null, query), null);
    }

    private APIGatewayProxyResponseEvent player(String id, Map<String, String> query) {
        return new GetPlayerActivityHandler().handleRequest(request("get-player-activity", Map.of("player_id", id), query),
                null);
    }

    private APIGatewayProxyResponseEvent team(String id, Map<String, String> query) {
        return new GetTeamActivityHandler().handleRequest(request("get-team-activity", Map.of("team_id", id), query), null);
    }

    private static JsonNode ok(APIGatewayProxyResponseEvent response) {
        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode body = Json.read(response.getBody());
        assertTrue(body.isArray(), "the seed's bare array: " + body);
        return body;
    }

    private static void refused(APIGatewayProxyResponseEvent response, int status, String code) {
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertEquals(code, Json.read(response.getBody()).get("error").asText(), response.getBody());
    }

    private static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.get("event").asText()
                + event.path("actor").path("id").asText("")));
        return types;
    }

    /** An event of the driver's (not social: the stream is not what is read here), appended now. */
    private void eventOf(String driver, String type) {
        assertTrue(stores.events.append(new CompanyEvent(copid, type + "#" + driver + "#" + System.nanoTime(), type,
                Optional.of(driver), Instant.now(), Json.object(), List.of(), false)));
    }

    private String dayAgo() {
        return Long.toString(Instant.now().minus(Duration.ofHours(24)).getEpochSecond());
    }

    @Test
    void theGameFeedIsTheSeedsArrayNewestFirstWithCompanyWideEventsWithoutActor() {
        players.create(copid, new NewPlayer("po", "Po, the Dragon Warrior", Profile.EMPTY));
        stores.events.append(new CompanyEvent(copid, "campaign_started#spring", "campaign_started", Optional.empty(),
                Instant.now(), Json.object().put("campaign", "spring").put("name", "Spring"), List.of(), false));
        stores.events.append(CompanyEvent.social(copid, "new_level#po#8", "new_level", Optional.of("po"), Instant.now(),
                Json.object().set("level", Json.object().put("name", "level_8")),
                List.of(new Change("level", "level_0", "level_8"))));
        stores.events.append(CompanyEvent.social(copid, "badge_achieved#1#po", "badge_achieved", Optional.of("po"),
                Instant.now(), Json.object().set("badge", Json.object().put("id", 1).put("name", "Hundred")), List.of()));

        JsonNode feed = ok(game(Map.of()));
        assertEquals(List.of("badge_achievedpo", "levelpo", "campaign_started", "player_createdpo"), types(feed),
                "newest first; a new_level is Playoff's level");
        JsonNode level = feed.get(1);
        assertEquals("{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\"}", level.get("actor").toString());
        assertEquals("[{\"metric\":{\"id\":\"level\",\"name\":\"level\",\"type\":\"state\"},"
                + "\"delta\":{\"old\":\"level_0\",\"new\":\"level_8\"}}]", level.get("changes").toString());
        assertEquals(List.of("event", "actor", "changes", "timestamp", "id"), names(level));
        assertTrue(feed.get(2).get("actor").isNull(), "a company-wide event has no actor");
        assertEquals("{\"id\":\"spring\",\"name\":\"Spring\"}", feed.get(2).get("campaign").toString());
        assertEquals("{\"id\":1,\"name\":\"Hundred\"}", feed.get(0).get("badge").toString());
        assertEquals("[]", feed.get(0).get("changes").toString());
        for (JsonNode event : feed) {
            assertTrue(event.get("id").isTextual() && event.get("id").asText().matches("[1-9][0-9]*"), event.toString());
            assertTrue(TIMESTAMP.matcher(event.get("timestamp").asText()).matches(), event.toString());
        }
        assertNull(game(Map.of()).getHeaders().get("Link"), "one page");
    }

    private static List<String> names(JsonNode event) {
        List<String> names = new ArrayList<>();
        event.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aPlayersFeedIsTheirOwnEventsAndAnUnknownPlayerIs404() {
        players.create(copid, new NewPlayer("tony", "Tony", Profile.EMPTY));
        players.create(copid, new NewPlayer("pepper", "Pepper", Profile.EMPTY));
        stores.events.append(new CompanyEvent(copid, "campaign_ended#spring", "campaign_ended", Optional.empty(),
                Instant.now(), Json.object().put("campaign", "spring").put("name", "Spring"), List.of(), false));
        eventOf("tony", "badge_achieved");
        eventOf("pepper", "badge_achieved");
        players.setEnabled(copid, "tony", false);

        assertEquals(List.of("player_disabledtony", "badge_achievedtony", "player_createdtony"), types(ok(player("tony",
                Map.of()))), "the company-wide event and another player's are left out");
        refused(player("ghost", Map.of()), 404, "player_not_found");
        refused(player("", Map.of()), 404, "player_not_found");
    }

    @Test
    void windowsTakeSecondsMillisecondsOrIsoTimesAndDefaultToTheLast24Hours() {
        players.create(copid, new NewPlayer("rob", "Rob", Profile.EMPTY));
        Instant now = Instant.now();
        List<String> one = List.of("player_createdrob");
        assertEquals(one, types(ok(game(Map.of()))));
        assertEquals(one, types(ok(game(Map.of("start", Long.toString(now.minusSeconds(60).getEpochSecond()),
                "end", Long.toString(now.plusSeconds(60).toEpochMilli()))))), "seconds, then milliseconds");
        assertEquals(one, types(ok(game(Map.of("start", now.minusSeconds(60).atOffset(ZoneOffset.ofHours(2)).toString(),
                "end", now.plusSeconds(60).toString())))), "ISO-8601 times with an offset");
        assertEquals(one, types(ok(game(Map.of("start", dayAgo())))), "from start to now");
        assertEquals(one, types(ok(game(Map.of("end", now.plusSeconds(3600).toString())))), "the 24 hours before end");
        assertEquals(List.of(), types(ok(game(Map.of("end", now.minusSeconds(3600).toString())))));
        assertEquals(List.of(), types(ok(game(Map.of("start", now.plusSeconds(1).toString(),
                "end", now.plusSeconds(3600).toString())))));
        assertEquals(one, types(ok(game(Map.of("start", now.minus(Duration.ofDays(31)).toString(),
                "end", now.toString())))), "31 days, the longest");
        APIGatewayProxyResponseEvent later = new GetActivityHandler(feeds(500),
                Clock.fixed(now.plus(Duration.ofHours(25)), ZoneOffset.UTC)).handleRequest(request("get-activity", null, null), null);
        assertEquals(List.of(), types(ok(later)), "a day later, the last 24 hours hold nothing");

        for (Map<String, String> bad : List.of(
                Map.of("start", now.toString(), "end", now.minusMillis(1).toString()),
                Map.of("start", now.minus(Duration.ofDays(31)).minusMillis(1).toString(), "end", now.toString()),
                Map.of("start", now.minus(Duration.ofDays(32)).toString()),
                Map.of("start", now.plusSeconds(60).toString()),
                Map.of("start", "yesterday"), Map.of("end", "2026-12-06T10:00:00"), Map.of("start", "-5"),
                Map.of("end", "99999999999999999999"), Map.of("start", "10000-01-01T00:00:00Z"),
                Map.of("cursor", "bm90IG91cnM"))) {
            refused(game(bad), 400, "validation_exception");
        }
    }

    @Test
    void aLongWindowComesInPagesEachLinkingTheNext() {
        List<String> appended = new ArrayList<>();
        players.create(copid, new NewPlayer("rob", "Rob", Profile.EMPTY));
        appended.add("player_createdrob");
        for (int i = 0; i < 6; i++) {
            eventOf("rob", "badge_achieved");
            appended.add(0, "badge_achievedrob");
        }
        GetActivityHandler handler = new GetActivityHandler(feeds(3), Clock.systemUTC());
        List<String> seen = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> query = Map.of("start", dayAgo());
        List<Integer> pages = new ArrayList<>();
        while (query != null) {
            APIGatewayProxyResponseEvent response = handler.handleRequest(request("get-activity", null, query), null);
            JsonNode page = ok(response);
            pages.add(page.size());
            seen.addAll(types(page));
            page.forEach(event -> assertTrue(ids.add(event.get("id").asText()), "twice: " + event));
            query = next(response, "/v1/v2/admin/activity");
        }
        assertEquals(List.of(3, 3, 1), pages);
        assertEquals(appended, seen, "every event once, newest first, across the pages");

        APIGatewayProxyResponseEvent first = handler.handleRequest(request("get-activity", null, Map.of("start", dayAgo())),
                null);
        Map<String, String> link = next(first, "/v1/v2/admin/activity");
        Map<String, String> otherWindow = new HashMap<>(link);
        otherWindow.put("start", Instant.now().toString());
        otherWindow.put("end", Instant.now().plusSeconds(60).toString());
        refused(handler.handleRequest(request("get-activity", null, otherWindow), null), 400, "validation_exception");
    }

    /** The next page's query, from the response's Link header (its path as the client called it); null on the last. */
    private static Map<String, String> next(APIGatewayProxyResponseEvent response, String path) {
        String link = response.getHeaders().get("Link");
        if (link == null) {
            return null;
        }
        Matcher matcher = LINK.matcher(link);
        assertTrue(matcher.matches(), link);
        assertEquals(path, matcher.group(1), "the path with the stage: " + link);
        Map<String, String> query = new HashMap<>();
        for (String pair : matcher.group(2).split("&")) {
            String[] nameValue = pair.split("=", 2);
            query.put(nameValue[0], URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        assertEquals(Set.of("start", "end", "cursor"), query.keySet(), link);
        return query;
    }

    @Test
    void aPageHoldsAtMost500Events() {
        players.create(copid, new NewPlayer("rob", "Rob", Profile.EMPTY));
        IntStream.range(0, 500).forEach(i -> eventOf("rob", "badge_achieved"));
        APIGatewayProxyResponseEvent first = player("rob", Map.of());
        assertEquals(500, ok(first).size());
        Map<String, String> rest = next(first, "/v1/v2/admin/players/rob/activity");
        APIGatewayProxyResponseEvent last = player("rob", rest);
        assertEquals(List.of("player_createdrob"), types(ok(last)));
        assertNull(last.getHeaders().get("Link"));
    }

    private void crew() {
        wiring.teamDefinitions().define(copid, new TeamDefinitionRequest("crew", "Crew", List.of("member", "captain"),
                List.of("captain"), TeamAccess.PUBLIC));
    }

    private void join(String team, String player, String role) {
        teams.join(copid, team, new RoleChange(player, Map.of(role, true)));
    }

    @Test
    void aTeamsFeedIsItsOwnEventsAndItsMembersEventsWhileTheyWereMembers() {
        crew();
        for (String id : List.of("ann", "bob", "cy")) {
            players.create(copid, new NewPlayer(id, id.toUpperCase(), Profile.EMPTY));
        }
        teams.create(copid, new NewTeam(Optional.of("navi"), "Navi", Optional.empty(), "crew"));
        eventOf("bob", "before");
        join("navi", "ann", "member");
        eventOf("ann", "in");
        join("navi", "bob", "member");
        eventOf("bob", "in");
        teams.leave(copid, "navi", "ann");
        eventOf("ann", "out");
        join("navi", "ann", "member");
        teams.changeRoles(copid, "navi", new RoleChange("ann", Map.of("captain", true)));
        eventOf("ann", "back");
        teams.transfer(copid, "navi", new RoleChange("bob", Map.of()));
        eventOf("cy", "never");

        List<String> expected = List.of("transferbob", "backann", "rolesann", "joinann", "leaveann", "inbob", "joinbob",
                "inann", "joinann");
        JsonNode feed = ok(team("navi", Map.of()));
        assertEquals(expected, types(feed));
        JsonNode transfer = feed.get(0);
        assertEquals("{\"id\":\"navi\",\"name\":\"Navi\"}", transfer.get("team").toString());
        assertEquals("[\"captain\"]", transfer.get("roles").toString(), "the creator roles");
        assertEquals("{\"id\":\"bob\",\"alias\":\"BOB\"}", transfer.get("actor").toString());
        assertEquals("[\"member\",\"captain\"]", feed.get(2).get("roles").toString());
        assertFalse(feed.get(4).has("roles"), "a leave names no roles: " + feed.get(4));

        List<String> paged = new ArrayList<>();
        GetTeamActivityHandler small = new GetTeamActivityHandler(feeds(2), Clock.systemUTC());
        Map<String, String> query = Map.of();
        while (query != null) {
            APIGatewayProxyResponseEvent response = small.handleRequest(
                    request("get-team-activity", Map.of("team_id", "navi"), query), null);
            JsonNode page = ok(response);
            assertTrue(page.size() <= 2);
            paged.addAll(types(page));
            query = next(response, "/v1/v2/admin/teams/navi/activity");
        }
        assertEquals(expected, paged, "the same feed in pages of two");

        refused(team("ghost", Map.of()), 404, "team_not_found");
        refused(team("1x", Map.of()), 404, "team_not_found");
    }

    /** GET …/processes/{process_id}/{process_tail}/activity, or with the bare id when {@code tail} is null. */
    private APIGatewayProxyResponseEvent process(GetProcessActivityHandler handler, String head, String tail,
                                                 Map<String, String> query) {
        Map<String, String> path = new HashMap<>();
        path.put("process_id", head);
        if (tail != null) {
            path.put("process_tail", tail);
        }
        return handler.handleRequest(request("get-process-activity", path, query), null);
    }

    private APIGatewayProxyResponseEvent process(String head, String tail) {
        return process(new GetProcessActivityHandler(), head, tail, Map.of());
    }

    @Test
    void aProcesssFeedIsItsOwnEventsWithTheOwnerOrTheBareId() {
        ProcessService processes = wiring.processes();
        wiring.processDefinitions().define(copid, new ProcessDefinitionRequest("kungfu", "Kung fu",
                List.of(new Lane("street", List.of("player", "referee")))));
        for (String id : List.of("po", "mantis", "tigress")) {
            players.create(copid, new NewPlayer(id, id.toUpperCase(), Profile.EMPTY));
        }
        processes.create(copid, new NewProcess(Optional.of("practice_fight"), "Practice", "kungfu", "po"));
        processes.join(copid, "po/practice_fight", new RoleRequest("mantis", Map.of("street", "player")));
        eventOf("mantis", "elsewhere");
        processes.changeRoles(copid, "practice_fight", new RoleRequest("mantis", Map.of("street", "referee")));
        processes.leave(copid, "practice_fight", "mantis");
        processes.transfer(copid, "practice_fight", new RoleRequest("tigress", Map.of("street", "player")));
        processes.create(copid, new NewProcess(Optional.of("other_fight"), "Other", "kungfu", "tigress"));

        List<String> expected = List.of("process_transfertigress", "process_leavemantis", "process_rolesmantis",
                "process_joinmantis", "process_createdpo");
        JsonNode feed = ok(process("po", "practice_fight"));
        assertEquals(expected, types(feed), "its own events, not a performer's others, nor another process's");
        assertEquals("{\"id\":\"po/practice_fight\",\"name\":\"Practice\"}", feed.get(0).get("process").toString());
        assertEquals(expected, types(ok(process("practice_fight", null))), "the bare id, unique in the game");

        List<String> paged = new ArrayList<>();
        GetProcessActivityHandler small = new GetProcessActivityHandler(feeds(2), Clock.systemUTC());
        Map<String, String> query = Map.of();
        while (query != null) {
            APIGatewayProxyResponseEvent response = process(small, "po", "practice_fight", query);
            JsonNode page = ok(response);
            assertTrue(page.size() <= 2);
            paged.addAll(types(page));
            query = next(response, "/v1/v2/admin/processes/po/practice_fight/activity");
        }
        assertEquals(expected, paged, "the same feed in pages of two");

        refused(process("po", "ghost"), 404, "process_not_found");
        refused(process("ghost", null), 404, "process_not_found");
        processes.create(copid, new NewProcess(Optional.of("practice_fight"), "Mantis's", "kungfu", "mantis"));
        refused(process("practice_fight", null), 409, "process_ambiguous");

        processes.delete(copid, "po/practice_fight");
        processes.create(copid, new NewProcess(Optional.of("practice_fight"), "Again", "kungfu", "po"));
        assertEquals(List.of("process_createdpo"), types(ok(process("po", "practice_fight"))),
                "a process made again under a deleted one's id has none of its events");
    }

    @Test
    void aTeamMadeAgainUnderADisbandedTeamsIdHasNoneOfItsEvents() {
        crew();
        players.create(copid, new NewPlayer("ann", "Ann", Profile.EMPTY));
        teams.create(copid, new NewTeam(Optional.of("navi"), "Navi", Optional.empty(), "crew"));
        join("navi", "ann", "member");
        teams.disband(copid, "navi");
        eventOf("ann", "between");
        teams.create(copid, new NewTeam(Optional.of("navi"), "Navi again", Optional.empty(), "crew"));
        eventOf("ann", "after");
        assertEquals(List.of(), types(ok(team("navi", Map.of()))),
                "ann joined the team of that id before, never this one");
    }

    @Test
    void eachChangeIsLoggedOnceWithItAndNeverInTheStream() {
        crew();
        players.create(copid, new NewPlayer("ann", "Ann", Profile.EMPTY));
        players.create(copid, new NewPlayer("bob", "Bob", Profile.EMPTY));
        assertThrows(Conflict.class, () -> players.create(copid, new NewPlayer("ann", "Ann again", Profile.EMPTY)));
        players.setEnabled(copid, "ann", false);
        players.setEnabled(copid, "ann", false);
        players.setEnabled(copid, "ann", true);
        teams.create(copid, new NewTeam(Optional.of("navi"), "Navi", Optional.empty(), "crew"));
        join("navi", "bob", "member");
        join("navi", "bob", "captain");
        teams.changeRoles(copid, "navi", new RoleChange("bob", Map.of("member", true)));
        teams.leave(copid, "navi", "bob");
        // A join whose first transaction another one cancels is written once, event and all.
        Wiring contended = new Stores(Faults.dynamoDb(new Faults.TransactionConflicts(1))).wiring(Clock.systemUTC());
        contended.teams().join(copid, "navi", new RoleChange("ann", Map.of("member", true)));

        assertEquals(List.of("joinann", "leavebob", "joinbob", "player_enabledann", "player_disabledann",
                "player_createdbob", "player_createdann"), types(ok(game(Map.of()))));
        assertEquals(0, wiring.stream().page(copid, Optional.empty(), 1, 100).total(), "not social: not in the stream");
    }


    @Test
    void driversEnrolledByTheRecomputeAreLoggedAsCreatedOnce() {
        stores.day(copid, "km", DAY, "d1", 5, "d2", 7);
        stores.metrics.finalizeThrough(copid, "km", DAY, Instant.now());
        stores.recomputer(Clock.systemUTC()).recompute(copid, "km");
        wiring.roster().enrol(copid, Set.of("d1", "d2"), 0);
        List<String> created = types(ok(game(Map.of()))).stream().filter(type -> type.startsWith("player_created")).toList();
        assertEquals(Set.of("player_createdd1", "player_createdd2"), Set.copyOf(created));
        assertEquals(2, created.size(), "once each, though enrolled twice: " + created);
        assertEquals("{\"id\":\"d1\",\"alias\":\"d1\"}", ok(player("d1", Map.of())).get(0).get("actor").toString());
    }
}
