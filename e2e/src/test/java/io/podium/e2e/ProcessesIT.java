package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Playoff's processes over HTTP, the seed's examples at the seed's paths: the id with its owner
 * ({@code /processes/po/practice_fight/…}) and without ({@code /processes/practice_fight/…}), every answer checked
 * against openapi.yaml by {@link Http}.
 */
@ExtendWith(SharedPodium.class)
class ProcessesIT {
    private static final String PERFORMER_PO = "{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\","
            + "\"lanes\":[{\"name\":\"street\",\"role\":\"player\"}]}";

    @Test
    void theSeedsProcessExamplesWalkedThrough(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Tenant globex = Tenant.create(podium);
        Http http = acme.http();
        String token = acme.token();
        assertEquals(201, http.send("PUT", "/v2/admin/definitions/processes/fight", token,
                "{\"name\":\"fight\",\"lanes\":[{\"name\":\"street\",\"roles\":[\"player\",\"observer\"]}]}").status());
        assertEquals("fight", http.get("/v2/admin/definitions/processes", token).json().get("data").get(0).get("id")
                .asText());
        for (String player : List.of("{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\"}",
                "{\"id\":\"shefoo\",\"alias\":\"master!\"}", "{\"id\":\"mantis\",\"alias\":\"The Giant Mantis!\"}",
                "{\"id\":\"tigress\",\"alias\":\"Tigress\"}")) {
            assertEquals(201, http.post("/v2/admin/players", token, player).status());
        }

        Response created = http.post("/v2/admin/processes", token,
                "{\"id\":\"practice_fight\",\"name\":\"practice fight\",\"definition\":\"fight\",\"owner_id\":\"po\"}");
        assertEquals(201, created.status(), created.toString());
        assertEquals("po/practice_fight", created.json().get("id").asText());
        assertEquals("[" + PERFORMER_PO + "]", created.json().get("performers").toString());
        assertEquals("[\"street\"]", created.json().get("lanes").toString());
        assertEquals(created.json(), http.get("/v2/admin/processes/practice_fight", token).json(), "the seed's bare path");
        assertEquals(created.json(), http.get("/v2/admin/processes/po/practice_fight", token).json());

        JsonNode listed = http.get("/v2/admin/processes", token).json();
        assertEquals(1, listed.get("total").asInt(), listed.toString());
        assertEquals("[{\"id\":\"po\",\"alias\":\"Po, the Dragon Warrior\"}]",
                listed.get("data").get(0).get("performers").toString());

        // The seed's join is at the bare path: the static "join" is routed before the variable {process_tail}.
        Response joined = http.post("/v2/admin/processes/practice_fight/join", token,
                "{\"player_id\":\"mantis\",\"requested_roles\":{\"street\":\"observer\"}}");
        assertEquals("{\"street\":\"observer\"}", joined.json().toString(), joined.toString());
        Response shefoo = http.post("/v2/admin/processes/po/practice_fight/join", token,
                "{\"player_id\":\"shefoo\",\"requested_roles\":{\"street\":\"observer\"}}");
        assertEquals("{\"street\":\"observer\"}", shefoo.json().toString(), shefoo.toString());
        assertEquals(List.of("po", "mantis", "shefoo"), ids(http.get("/v2/admin/processes/po/practice_fight/performers",
                token).json()));
        assertEquals(ids(http.get("/v2/admin/processes/practice_fight/performers", token).json()),
                List.of("po", "mantis", "shefoo"));

        Response roles = http.post("/v2/admin/processes/po/practice_fight/roles", token,
                "{\"player_id\":\"mantis\",\"requested_roles\":{\"street\":\"player\"}}");
        assertEquals("{\"street\":\"player\"}", roles.json().toString(), roles.toString());

        Response transferred = http.post("/v2/admin/processes/po/practice_fight/transfer", token,
                "{\"id\":\"mantis\",\"roles\":{\"street\":\"player\"}}");
        assertEquals(200, transferred.status(), transferred.toString());
        assertEquals("{\"id\":\"mantis\",\"alias\":\"The Giant Mantis!\"}", transferred.json().get("owner").toString());
        assertEquals("po/practice_fight", transferred.json().get("id").asText());

        assertEquals("[{\"id\":\"po/practice_fight\",\"name\":\"practice fight\"}]",
                http.get("/v2/admin/query/processes?pattern=PRAC", token).json().toString());

        Response left = http.post("/v2/admin/processes/po/practice_fight/leave", token, "{\"player_id\":\"mantis\"}");
        assertEquals("{\"message\":\"The player 'mantis' has been removed from process 'po/practice_fight'\"}",
                left.json().toString(), left.toString());
        assertEquals(left.json(), http.post("/v2/admin/processes/practice_fight/leave", token,
                "{\"player_id\":\"mantis\"}").json(), "a leave repeated is answered the same");

        JsonNode feed = http.get("/v2/admin/players/mantis/activity", token).json();
        List<String> events = new ArrayList<>();
        feed.forEach(event -> events.add(0, event.get("event").asText() + " " + event.path("process").path("id").asText()
                + " " + event.path("lanes")));
        assertEquals(List.of("process_join po/practice_fight {\"street\":\"observer\"}",
                "process_roles po/practice_fight {\"street\":\"player\"}",
                "process_transfer po/practice_fight {\"street\":\"player\"}",
                "process_leave po/practice_fight "), events.stream().filter(event -> event.startsWith("process_")).toList());

        Response elsewhere = globex.http().get("/v2/admin/processes/po/practice_fight", globex.token());
        assertEquals(404, elsewhere.status(), elsewhere.toString());
        assertEquals("process_not_found", elsewhere.errorCode());

        assertEquals(201, http.post("/v2/admin/processes", token,
                "{\"id\":\"practice_fight\",\"name\":\"tigress's\",\"definition\":\"fight\",\"owner_id\":\"tigress\"}").status());
        Response ambiguous = http.get("/v2/admin/processes/practice_fight", token);
        assertEquals(409, ambiguous.status(), ambiguous.toString());
        assertEquals("process_ambiguous", ambiguous.errorCode());
        assertEquals("tigress/practice_fight", http.get("/v2/admin/processes/tigress/practice_fight", token).json()
                .get("id").asText());

        Response deleted = http.send("DELETE", "/v2/admin/processes/po/practice_fight", token, null);
        assertEquals("{\"message\":\"Process 'po/practice_fight' has been deleted\"}", deleted.json().toString(),
                deleted.toString());
        assertEquals(404, http.get("/v2/admin/processes/po/practice_fight", token).status());
        assertEquals("tigress/practice_fight", http.get("/v2/admin/processes/practice_fight", token).json().get("id")
                .asText(), "the bare id is unique again");
        Response reserved = http.post("/v2/admin/processes", token,
                "{\"id\":\"join\",\"name\":\"join\",\"definition\":\"fight\",\"owner_id\":\"po\"}");
        assertEquals(400, reserved.status(), reserved.toString());
        assertTrue(reserved.text().contains("join"), reserved.toString());
    }

    private static List<String> ids(JsonNode performers) {
        List<String> ids = new ArrayList<>();
        performers.forEach(performer -> ids.add(performer.get("id").asText()));
        return ids;
    }
}
