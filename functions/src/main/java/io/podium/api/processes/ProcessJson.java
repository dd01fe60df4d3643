package io.podium.api.processes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.json.IsoTime;
import io.podium.json.Json;
import io.podium.processes.Lane;
import io.podium.processes.Performer;
import io.podium.processes.ProcessDefinition;
import io.podium.processes.ProcessInstance;

import java.util.Map;

/** Playoff's process shapes: a listing's entry, the whole process, a performer, roles by lane and a definition. */
final class ProcessJson {
    private ProcessJson() {
    }

    /**
     * As GET /v2/admin/processes lists a process: id, name, definition (its id), access, created, game_id, owner, state
     * and performers ({@code {"id","alias"}}).
     */
    static ObjectNode listed(ProcessInstance process, String copid) {
        ObjectNode node = Json.object().put("id", process.id().full()).put("name", process.name())
                .put("definition", process.definitionId()).put("access", ProcessInstance.ACCESS)
                .put("created", IsoTime.format(process.created())).put("game_id", copid);
        owner(node, process);
        node.put("state", ProcessInstance.STATE);
        ArrayNode performers = node.putArray("performers");
        process.performers().forEach(performer -> performers.addObject().put("id", performer.id())
                .put("alias", performer.alias()));
        return node;
    }

    /** The process as the seed answers a create, a get and a transfer. */
    static ObjectNode of(ProcessInstance process) {
        ObjectNode node = Json.object().put("id", process.id().full());
        node.putObject("definition").put("id", process.definitionId()).put("name", process.definitionName());
        node.put("state", ProcessInstance.STATE).put("created", IsoTime.format(process.created()))
                .put("name", process.name()).put("access", ProcessInstance.ACCESS);
        ArrayNode performers = node.putArray("performers");
        process.performers().forEach(performer -> performers.add(performer(performer)));
        owner(node, process);
        process.lanes().forEach(lane -> node.withArray("lanes").add(lane.name()));
        return node;
    }

    /** A performer: {@code {"id","alias","lanes":[{"name","role"}]}}. */
    static ObjectNode performer(Performer performer) {
        ObjectNode node = Json.object().put("id", performer.id()).put("alias", performer.alias());
        ArrayNode lanes = node.putArray("lanes");
        performer.lanes().forEach((lane, role) -> lanes.addObject().put("name", lane).put("role", role));
        return node;
    }

    /** Roles by lane, as a join and a change of roles answer them: {@code {"<lane>":"<role>"}}. */
    static ObjectNode roles(Map<String, String> lanes) {
        ObjectNode node = Json.object();
        lanes.forEach(node::put);
        return node;
    }

    /** A process definition as Podium answers it: {@code {"id","name","lanes":[{"name","roles"}],"updated"}}. */
    static ObjectNode definition(ProcessDefinition definition) {
        ObjectNode node = Json.object().put("id", definition.id()).put("name", definition.name());
        ArrayNode lanes = node.putArray("lanes");
        for (Lane lane : definition.lanes()) {
            ObjectNode entry = lanes.addObject().put("name", lane.name());
            lane.roles().forEach(entry.putArray("roles")::add);
        }
        return node.put("updated", IsoTime.format(definition.updated()));
    }

    private static void owner(ObjectNode node, ProcessInstance process) {
        process.owner().ifPresentOrElse(owner -> node.putObject("owner").put("id", owner.id()).put("alias", owner.alias()),
                () -> node.putNull("owner"));
    }
}
