package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.api.activity.GetPlayerActivityHandler;
import io.podium.api.players.CreatePlayerHandler;
import io.podium.api.players.DeletePlayerHandler;
import io.podium.api.processes.ChangeProcessRolesHandler;
import io.podium.api.processes.CreateProcessHandler;
import io.podium.api.processes.DeleteProcessHandler;
import io.podium.api.processes.GetProcessHandler;
import io.podium.api.processes.JoinProcessHandler;
import io.podium.api.processes.LeaveProcessHandler;
import io.podium.api.processes.ListPerformersHandler;
import io.podium.api.processes.ListProcessDefinitionsHandler;
import io.podium.api.processes.ListProcessesHandler;
import io.podium.api.processes.PutProcessDefinitionHandler;
import io.podium.api.processes.SearchProcessesHandler;
import io.podium.api.processes.TransferProcessHandler;
import io.podium.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.StreamSupport;

import static io.podium.handlers.Fixtures.asCompany;
import static io.podium.handlers.Fixtures.body;
import static io.podium.handlers.Fixtures.ok;
import static io.podium.handlers.Fixtures.refused;
import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Playoff's process routes on their fixtures, against the Game and Events tables in the local DynamoDB engine. */
@ExtendWith(InProcessPodium.class)
class ProcessesHandlersTest {
    private static final String SEED_PROCESS = "{\"id\":\"practice_fight\",\"name\":\"practice fight\","
            + "\"definition\":\"fight\",\"owner_id\":\"po\"}";

    private static APIGatewayProxyRequestEvent event(String fixture, String copid) {
        return asCompany(EventLoader.loadApiGatewayRestEvent("../events/" + fixture + ".json"), copid);
    }

    /**
     * The fixture on the process that {@code path} names ({@code po/practice_fight} or {@code practice_fight}, as the
     * route's two forms declare it; not changed when null), with this body (when not null).
     */
    private static APIGatewayProxyRequestEvent event(String fixture, String copid, String path, String body) {
        APIGatewayProxyRequestEvent event = event(fixture, copid);
        if (path != null) {
            int slash = path.indexOf('/');
            event.setPathParameters(slash < 0 ? Map.of("process_id", path)
                    : Map.of("process_id", path.substring(0, slash), "process_tail", path.substring(slash + 1)));
        }
        if (body != null) {
            event.setBody(body);
        }
        return event;
    }

    /** A company with the "fight" definition (lanes street and dojo) and the players po, shefoo, mantis and tigress. */
    private static String game() {
        String copid = newCompany();
        APIGatewayProxyResponseEvent defined = new PutProcessDefinitionHandler().handleRequest(
                event("put-process-definition", copid), null);
        assertEquals(201, defined.getStatusCode(), defined.getBody());
        player(copid, "po", "Po, the Dragon Warrior");
        player(copid, "shefoo", "master!");
        player(copid, "mantis", "The Giant Mantis!");
        player(copid, "tigress", "Tigress");
        return copid;
    }

    private static void player(String copid, String id, String alias) {
        APIGatewayProxyRequestEvent create = event("create-player", copid);
        create.setBody("{\"id\":\"" + id + "\",\"alias\":\"" + alias + "\"}");
        assertEquals(201, new CreatePlayerHandler().handleRequest(create, null).getStatusCode());
    }

    private static APIGatewayProxyResponseEvent create(String copid, String body) {
        return new CreateProcessHandler().handleRequest(event("create-process", copid, null, body), null);
    }

    private static APIGatewayProxyResponseEvent get(String copid, String path) {
        return new GetProcessHandler().handleRequest(event("get-process", copid, path, null), null);
    }

    private static APIGatewayProxyResponseEvent join(String copid, String path, String player, String roles) {
        return new JoinProcessHandler().handleRequest(event("join-process", copid, path,
                "{\"player_id\":\"" + player + "\",\"requested_roles\":" + roles + "}"), null);
    }

    private static APIGatewayProxyResponseEvent leave(String copid, String path, String player) {
        return new LeaveProcessHandler().handleRequest(event("leave-process", copid, path,
                "{\"player_id\":\"" + player + "\"}"), null);
    }

    private static APIGatewayProxyResponseEvent roles(String copid, String path, String player, String roles) {
        return new ChangeProcessRolesHandler().handleRequest(event("change-process-roles", copid, path,
                "{\"player_id\":\"" + player + "\",\"requested_roles\":" + roles + "}"), null);
    }

    private static String performers(String copid, String path) {
        return ok(new ListPerformersHandler().handleRequest(event("list-performers", copid, path, null), null)).toString();
    }

    private static JsonNode list(String copid) {
        return ok(new ListProcessesHandler().handleRequest(event("list-processes", copid), null));
    }

    /** The types of the process events in the player's activity feed of the last 24 hours, oldest first. */
    private static List<String> feed(String copid, String player) {
        APIGatewayProxyRequestEvent event = event("get-player-activity", copid);
        event.setPathParameters(Map.of("player_id", player));
        event.setQueryStringParameters(null);
        event.setMultiValueQueryStringParameters(null);
        JsonNode events = ok(new GetPlayerActivityHandler().handleRequest(event, null));
        List<String> types = new ArrayList<>(StreamSupport.stream(events.spliterator(), false)
                .map(node -> node.get("event").asText()).filter(type -> type.startsWith("process_")).toList());
        Collections.reverse(types);
        return types;
    }

    @Test
    void theSeedsExamplesWalkedThroughAtTheSeedsPaths() {
        String copid = game();
        APIGatewayProxyResponseEvent created = new CreateProcessHandler().handleRequest(event("create-process", copid), null);
        assertEquals(201, created.getStatusCode(), created.getBody());
        JsonNode process = body(created);
        assertEquals("po/practice_fight", process.get("id").asText(), "the instance id is <owner>/<id>");
        assertEquals("{\"id\":\"fight\",\"name\":\"fight\"}", process.get("definition").toString());
        assertEquals("ACTIVE", process.get("state").asText());
        assertEquals("PRIVATE", process.get("access").asText());
        assertEquals("practice fight", process.get("name").asText());
        assertEquals("[{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\",\"lanes\":[{\"name\":\"street\",\"role\":\"player\"}]}]",
                process.get("performers").toString(), "the owner starts in the first lane with its first role");
        assertEquals("{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\"}", process.get("owner").toString());
        assertEquals("[\"street\",\"dojo\"]", process.get("lanes").toString());
        assertEquals(List.of("id", "definition", "state", "created", "name", "access", "performers", "owner", "lanes"),
                iterable(process.fieldNames()), "the seed's fields, in its order");

        assertEquals(process, ok(get(copid, "practice_fight")), "the bare id, unique in the game");
        assertEquals(process, ok(get(copid, "po/practice_fight")), "the id with its owner");

        assertEquals("{\"street\":\"observer\"}", ok(join(copid, "practice_fight", "mantis", "{\"street\":\"observer\"}"))
                .toString());
        assertEquals("[{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\",\"lanes\":[{\"name\":\"street\",\"role\":\"player\"}]},"
                + "{\"id\":\"mantis\",\"alias\":\"The Giant Mantis!\",\"lanes\":[{\"name\":\"street\",\"role\":\"observer\"}]}]",
                performers(copid, "po/practice_fight"));
        assertEquals("{\"street\":\"player\"}", ok(roles(copid, "po/practice_fight", "mantis", "{\"street\":\"player\"}"))
                .toString());

        JsonNode transferred = ok(new TransferProcessHandler().handleRequest(event("transfer-process", copid), null));
        assertEquals("{\"id\":\"mantis\",\"alias\":\"The Giant Mantis!\"}", transferred.get("owner").toString());
        assertEquals("po/practice_fight", transferred.get("id").asText(), "the id keeps its creator");
        assertEquals("[{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\",\"lanes\":[{\"name\":\"street\",\"role\":\"player\"}]},"
                + "{\"id\":\"mantis\",\"alias\":\"The Giant Mantis!\",\"lanes\":[{\"name\":\"street\",\"role\":\"player\"}]}]",
                transferred.get("performers").toString());

        JsonNode listed = list(copid);
        assertEquals(1, listed.get("total").asInt());
        JsonNode entry = listed.get("data").get(0);
        assertEquals(List.of("id", "name", "definition", "access", "created", "game_id", "owner", "state", "performers"),
                iterable(entry.fieldNames()), "the seed's list entry");
        assertEquals("fight", entry.get("definition").asText());
        assertEquals(copid, entry.get("game_id").asText());
        assertEquals("[{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\"},{\"id\":\"mantis\",\"alias\":\"The Giant Mantis!\"}]",
                entry.get("performers").toString());

        assertEquals("{\"message\":\"The player 'mantis' has been removed from process 'po/practice_fight'\"}",
                ok(leave(copid, "po/practice_fight", "mantis")).toString());
        assertEquals("{\"message\":\"The player 'mantis' has been removed from process 'po/practice_fight'\"}",
                ok(leave(copid, "practice_fight", "mantis")).toString(), "leaving twice answers the same");
        assertTrue(ok(get(copid, "practice_fight")).get("owner").isNull(), "an owner who leaves owns it no more");

        assertEquals("{\"message\":\"Process 'po/practice_fight' has been deleted\"}",
                ok(new DeleteProcessHandler().handleRequest(event("delete-process", copid), null)).toString());
        refused(new DeleteProcessHandler().handleRequest(event("delete-process", copid), null), 404, "process_not_found");
        refused(get(copid, "practice_fight"), 404, "process_not_found");
        assertEquals("{\"data\":[],\"total\":0}", list(copid).toString());

        assertEquals(List.of("process_created"), feed(copid, "po"));
        assertEquals(List.of("process_join", "process_roles", "process_transfer", "process_leave"), feed(copid, "mantis"),
                "one event a change, none for the leave that changed nothing");
    }

    @Test
    void aBareIdTwoOwnersHaveIsAmbiguousAndTheOwnerFormFindsEach() {
        String copid = game();
        assertEquals(201, create(copid, SEED_PROCESS).getStatusCode());
        assertEquals(201, create(copid, SEED_PROCESS.replace("\"po\"", "\"tigress\"")).getStatusCode());
        refused(get(copid, "practice_fight"), 409, "process_ambiguous");
        refused(join(copid, "practice_fight", "mantis", "{\"street\":\"observer\"}"), 409, "process_ambiguous");
        assertEquals("po/practice_fight", ok(get(copid, "po/practice_fight")).get("id").asText());
        assertEquals("tigress/practice_fight", ok(get(copid, "tigress/practice_fight")).get("id").asText());
        ok(join(copid, "tigress/practice_fight", "mantis", "{\"dojo\":\"student\"}"));
        assertEquals(2, list(copid).get("total").asInt());

        ok(new DeleteProcessHandler().handleRequest(event("delete-process", copid, "tigress/practice_fight", null), null));
        assertEquals("po/practice_fight", ok(get(copid, "practice_fight")).get("id").asText(), "unique again");
        refused(get(copid, "tigress/practice_fight"), 404, "process_not_found");
        refused(get(copid, "nobody/practice_fight"), 404, "process_not_found");
        refused(get(copid, "po/bad-id"), 404, "process_not_found");
    }

    @Test
    void badRequestsAreRefusedWithStableCodesAndWriteNothing() {
        String copid = game();
        refused(create(copid, SEED_PROCESS.replace("\"fight\"", "\"duel\"")), 404, "process_definition_not_found");
        refused(create(copid, SEED_PROCESS.replace("\"po\"", "\"ghost\"")), 404, "player_not_found");
        for (String bad : List.of("{\"id\":\"join\",\"name\":\"x\",\"definition\":\"fight\",\"owner_id\":\"po\"}",
                "{\"id\":\"po/x\",\"name\":\"x\",\"definition\":\"fight\",\"owner_id\":\"po\"}",
                "{\"id\":\"1x\",\"name\":\"x\",\"definition\":\"fight\",\"owner_id\":\"po\"}",
                "{\"name\":\"\",\"definition\":\"fight\",\"owner_id\":\"po\"}",
                "{\"name\":\"x\",\"definition\":\"fight\"}", "{\"name\":\"x\",\"owner_id\":\"po\"}", "[]", "not json")) {
            refused(create(copid, bad), 400, "validation_exception");
        }
        assertEquals("{\"data\":[],\"total\":0}", list(copid).toString());

        assertEquals(201, create(copid, SEED_PROCESS).getStatusCode());
        refused(create(copid, SEED_PROCESS), 409, "process_exists");
        JsonNode generated = body(create(copid, "{\"name\":\"Night Fight\",\"definition\":\"fight\",\"owner_id\":\"shefoo\"}"));
        assertTrue(generated.get("id").asText().matches("shefoo/night_fight_[a-z0-9]{6}"), generated.toString());

        refused(get(copid, "nothing"), 404, "process_not_found");
        refused(join(copid, "nothing", "mantis", "{\"street\":\"observer\"}"), 404, "process_not_found");
        refused(join(copid, "practice_fight", "ghost", "{\"street\":\"observer\"}"), 404, "player_not_found");
        for (String roles : List.of("{\"street\":\"master\"}", "{\"moon\":\"player\"}", "{}", "{\"street\":true}",
                "[\"street\"]")) {
            refused(join(copid, "practice_fight", "mantis", roles), 400, "validation_exception");
        }
        refused(roles(copid, "practice_fight", "mantis", "{\"street\":\"player\"}"), 404, "player_not_performer");
        refused(roles(copid, "practice_fight", "ghost", "{\"street\":\"player\"}"), 404, "player_not_found");
        refused(leave(copid, "practice_fight", "ghost"), 404, "player_not_found");
        refused(new TransferProcessHandler().handleRequest(event("transfer-process", copid, "practice_fight",
                "{\"id\":\"ghost\"}"), null), 404, "player_not_found");
        refused(new TransferProcessHandler().handleRequest(event("transfer-process", copid, "practice_fight",
                "{\"id\":\"mantis\",\"roles\":{\"dojo\":\"player\"}}"), null), 400, "validation_exception");
        assertEquals("[{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\",\"lanes\":[{\"name\":\"street\",\"role\":\"player\"}]}]",
                performers(copid, "practice_fight"), "nothing written by any of them");

        for (String bad : List.of("{\"name\":\"x\"}", "{\"name\":\"x\",\"lanes\":[]}",
                "{\"name\":\"x\",\"lanes\":[{\"name\":\"a\",\"roles\":[]}]}",
                "{\"name\":\"x\",\"lanes\":[{\"name\":\"a\",\"roles\":[\"r\",\"r\"]}]}",
                "{\"name\":\"x\",\"lanes\":[{\"name\":\"a\",\"roles\":[\"r\"]},{\"name\":\"a\",\"roles\":[\"s\"]}]}")) {
            refused(new PutProcessDefinitionHandler().handleRequest(event("put-process-definition", copid, null, bad), null),
                    400, "validation_exception");
        }
    }

    @Test
    void aPerformerJoinsChangesLanesAndTakesOverWhileTheOthersStay() {
        String copid = game();
        assertEquals(201, create(copid, SEED_PROCESS).getStatusCode());
        assertEquals("{\"street\":\"observer\",\"dojo\":\"student\"}",
                ok(join(copid, "practice_fight", "shefoo", "{\"dojo\":\"student\",\"street\":\"observer\"}")).toString(),
                "in the definition's order of lanes");
        assertEquals("{\"street\":\"observer\",\"dojo\":\"student\"}",
                ok(join(copid, "practice_fight", "shefoo", "{\"street\":\"player\"}")).toString(),
                "joining again changes nothing and answers the roles held");
        assertEquals("{\"street\":\"observer\",\"dojo\":\"master\"}",
                ok(roles(copid, "practice_fight", "shefoo", "{\"dojo\":\"master\"}")).toString(), "the other lane stays");
        JsonNode transferred = ok(new TransferProcessHandler().handleRequest(event("transfer-process", copid,
                "practice_fight", "{\"id\":\"tigress\"}"), null));
        assertEquals("tigress", transferred.get("owner").get("id").asText());
        assertEquals("{\"id\":\"tigress\",\"alias\":\"Tigress\",\"lanes\":[{\"name\":\"street\",\"role\":\"player\"}]}",
                transferred.get("performers").get(2).toString(), "a new owner who did not perform starts as an owner does");
        assertEquals(3, transferred.get("performers").size());
        JsonNode again = ok(new TransferProcessHandler().handleRequest(event("transfer-process", copid,
                "po/practice_fight", "{\"id\":\"tigress\"}"), null));
        assertEquals(transferred.get("performers"), again.get("performers"), "a transfer repeated changes nothing");
        assertEquals("tigress", again.get("owner").get("id").asText());
    }

    @Test
    void twoJoinsOfOnePlayerAtOnceMakeOnePerformerAndOneEvent() throws Exception {
        String copid = game();
        assertEquals(201, create(copid, SEED_PROCESS).getStatusCode());
        List<Callable<APIGatewayProxyResponseEvent>> joins = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            joins.add(() -> join(copid, "practice_fight", "mantis", "{\"street\":\"observer\"}"));
            joins.add(() -> join(copid, "po/practice_fight", "shefoo", "{\"dojo\":\"master\"}"));
            joins.add(() -> join(copid, "practice_fight", "tigress", "{\"street\":\"player\"}"));
        }
        List<String> answers = Together.run(joins).stream().map(response -> ok(response).toString()).toList();
        assertEquals(List.of("{\"street\":\"observer\"}", "{\"dojo\":\"master\"}", "{\"street\":\"player\"}",
                "{\"street\":\"observer\"}", "{\"dojo\":\"master\"}", "{\"street\":\"player\"}"), answers);
        JsonNode performers = Json.read(performers(copid, "practice_fight"));
        assertEquals(4, performers.size(), performers.toString());
        assertEquals(List.of("process_join"), feed(copid, "mantis"), "the join that found them a performer logged nothing");
        assertEquals(List.of("process_join"), feed(copid, "shefoo"));

        List<Callable<APIGatewayProxyResponseEvent>> leaves = List.of(() -> leave(copid, "practice_fight", "mantis"),
                () -> leave(copid, "po/practice_fight", "mantis"));
        Together.run(leaves).forEach(Fixtures::ok);
        assertEquals(3, Json.read(performers(copid, "practice_fight")).size());
        assertEquals(List.of("process_join", "process_leave"), feed(copid, "mantis"));
    }

    @Test
    void anErasedPlayerLeavesEveryProcess() {
        String copid = game();
        assertEquals(201, create(copid, SEED_PROCESS).getStatusCode());
        assertEquals(201, create(copid, "{\"id\":\"spar\",\"name\":\"spar\",\"definition\":\"fight\",\"owner_id\":\"tigress\"}")
                .getStatusCode());
        ok(join(copid, "tigress/spar", "po", "{\"dojo\":\"student\"}"));
        ok(join(copid, "spar", "mantis", "{\"dojo\":\"student\"}"));
        APIGatewayProxyRequestEvent erase = event("delete-player", copid);
        erase.setPathParameters(Map.of("player_id", "po"));
        assertEquals(200, new DeletePlayerHandler().handleRequest(erase, null).getStatusCode());

        JsonNode owned = ok(get(copid, "po/practice_fight"));
        assertTrue(owned.get("owner").isNull(), owned.toString());
        assertEquals("[]", owned.get("performers").toString());
        assertEquals("[{\"id\":\"tigress\",\"alias\":\"Tigress\",\"lanes\":[{\"name\":\"street\",\"role\":\"player\"}]},"
                + "{\"id\":\"mantis\",\"alias\":\"The Giant Mantis!\",\"lanes\":[{\"name\":\"dojo\",\"role\":\"student\"}]}]",
                performers(copid, "spar"));
        Stores.healthy().wiring(Clock.systemUTC()).processes().leaveEveryProcess(copid, "po");
        assertEquals(2, Json.read(performers(copid, "spar")).size(), "the step run again (a resumed erasure) finds nothing to do");
    }

    @Test
    void processesAreSearchedByIdOrNameAndDefinitionsListed() {
        String copid = game();
        assertEquals(201, create(copid, SEED_PROCESS).getStatusCode());
        assertEquals(201, create(copid, "{\"id\":\"spar\",\"name\":\"Ëvening Spar\",\"definition\":\"fight\",\"owner_id\":\"tigress\"}")
                .getStatusCode());
        APIGatewayProxyRequestEvent search = event("search-processes", copid);
        search.setQueryStringParameters(new HashMap<>(Map.of("pattern", "eve")));
        assertEquals("[{\"id\":\"tigress/spar\",\"name\":\"Ëvening Spar\"}]",
                ok(new SearchProcessesHandler().handleRequest(search, null)).toString());
        search.setQueryStringParameters(new HashMap<>(Map.of("pattern", "PRACTICE")));
        assertEquals("[{\"id\":\"po/practice_fight\",\"name\":\"practice fight\"}]",
                ok(new SearchProcessesHandler().handleRequest(search, null)).toString());

        JsonNode definitions = ok(new ListProcessDefinitionsHandler().handleRequest(event("list-process-definitions", copid), null));
        assertEquals(1, definitions.get("total").asInt());
        assertEquals("[{\"name\":\"street\",\"roles\":[\"player\",\"observer\"]},{\"name\":\"dojo\",\"roles\":[\"master\",\"student\"]}]",
                definitions.get("data").get(0).get("lanes").toString());
        assertEquals(200, new PutProcessDefinitionHandler().handleRequest(event("put-process-definition", copid), null)
                .getStatusCode(), "redefined");
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
