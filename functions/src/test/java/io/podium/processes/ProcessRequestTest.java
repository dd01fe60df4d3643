package io.podium.processes;

import io.podium.errors.InvalidInput;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProcessRequestTest {
    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anIdWithItsOwnerIsTwoValidPartsAndNoRoute() {
        assertEquals(Optional.of(new ProcessId("po", "practice_fight")), ProcessId.parse("po/practice_fight"));
        for (String bad : List.of("practice_fight", "po/", "/fight", "po/fight/x", "1po/fight", "po/join", "po/performers",
                "po/fi ght")) {
            assertEquals(Optional.empty(), ProcessId.parse(bad), bad);
        }
        assertEquals("po/practice_fight", new ProcessId("po", "practice_fight").full());
    }

    @Test
    void requestedRolesNameARoleForEachLane() {
        RoleRequest request = ProcessRequest.parseRoles(utf8("{\"player_id\":\"mantis\",\"requested_roles\":"
                + "{\"street\":\"observer\",\"dojo\":\"student\"}}"));
        assertEquals("mantis", request.playerId());
        assertEquals(Map.of("street", "observer", "dojo", "student"), request.lanes());
        for (String bad : List.of("{\"player_id\":\"mantis\"}", "{\"requested_roles\":{\"street\":\"observer\"}}",
                "{\"player_id\":\"mantis\",\"requested_roles\":{}}", "{\"player_id\":\"mantis\",\"requested_roles\":{\"street\":1}}",
                "{\"player_id\":\"mantis\",\"requested_roles\":{\"street\":\"ob server\"}}",
                "{\"player_id\":\"mantis\",\"requested_roles\":[\"street\"]}")) {
            assertThrows(InvalidInput.class, () -> ProcessRequest.parseRoles(utf8(bad)), bad);
        }
        assertEquals(Map.of(), ProcessRequest.parseTransfer(utf8("{\"id\":\"mantis\"}")).lanes(), "roles are optional");
    }

    @Test
    void aNewProcessHasANameADefinitionAndAnOwnerAndMayHaveAnId() {
        NewProcess created = ProcessRequest.parseNew(utf8("{\"name\":\"practice fight\",\"definition\":\"fight\","
                + "\"owner_id\":\"po\"}"));
        assertEquals(new NewProcess(Optional.empty(), "practice fight", "fight", "po"), created);
        for (String bad : List.of("{\"id\":\"roles\",\"name\":\"x\",\"definition\":\"fight\",\"owner_id\":\"po\"}",
                "{\"id\":\"a/b\",\"name\":\"x\",\"definition\":\"fight\",\"owner_id\":\"po\"}",
                "{\"name\":\"x\",\"definition\":\"fi-ght\",\"owner_id\":\"po\"}", "{\"name\":\"x\",\"definition\":\"fight\"}")) {
            assertThrows(InvalidInput.class, () -> ProcessRequest.parseNew(utf8(bad)), bad);
        }
    }

    @Test
    void aDefinitionHasDistinctLanesEachWithDistinctRoles() {
        ProcessDefinitionRequest request = ProcessDefinitionRequest.parse("fight", utf8("{\"name\":\"Fight\",\"lanes\":["
                + "{\"name\":\"street\",\"roles\":[\"player\",\"observer\"]},{\"name\":\"dojo\",\"roles\":[\"master\"]}]}"));
        assertEquals(List.of(new Lane("street", List.of("player", "observer")), new Lane("dojo", List.of("master"))),
                request.lanes());
        for (String bad : List.of("{\"name\":\"x\",\"lanes\":[]}", "{\"name\":\"x\",\"lanes\":[{\"name\":\"a\"}]}",
                "{\"name\":\"x\",\"lanes\":[\"a\"]}", "{\"lanes\":[{\"name\":\"a\",\"roles\":[\"r\"]}]}",
                "{\"name\":\"x\",\"lanes\":[{\"name\":\"a\",\"roles\":[\"r\"]},{\"name\":\"a\",\"roles\":[\"r\"]}]}",
                "{\"name\":\"x\",\"lanes\":[{\"name\":\"a\",\"roles\":[\"r\",\"r\"]}]}")) {
            assertThrows(InvalidInput.class, () -> ProcessDefinitionRequest.parse("fight", utf8(bad)), bad);
        }
    }
}
