package io.podium.processes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.events.CompanyEvent;
import io.podium.json.IsoTime;
import io.podium.json.Json;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events of a process, appended to the company's log in the transaction that makes the change: created
 * ({@value #CREATE}), a player joins ({@value #JOIN}), leaves ({@value #LEAVE}), has their roles changed
 * ({@value #ROLES}) or becomes the owner ({@value #TRANSFER}), and deleted ({@value #DELETE}, the company's). The actor
 * is the player, so that the player's feed and the game's find them; they are not social. The payload names the process
 * ({@code {"process":{"id","name"}}}) and, on a create, a join, a change of roles or a transfer, the player's role in
 * each lane after it ({@code "lanes"}). The key names the fact, {@code <type>#<process>#<player>#<time>}. Each is in the process's own feed
 * ({@link io.podium.events.CompanyEvent#group}).
 */
public final class ProcessEvents {
    public static final String CREATE = "process_created";
    public static final String JOIN = "process_join";
    public static final String LEAVE = "process_leave";
    public static final String ROLES = "process_roles";
    public static final String TRANSFER = "process_transfer";
    public static final String DELETE = "process_deleted";

    private ProcessEvents() {
    }

    public static CompanyEvent of(String copid, String type, ProcessId id, String name, Optional<String> playerId,
                                  Optional<Map<String, String>> lanes, Instant at) {
        ObjectNode payload = Json.object();
        payload.putObject("process").put("id", id.full()).put("name", name);
        lanes.ifPresent(held -> {
            ObjectNode node = payload.putObject("lanes");
            held.forEach(node::put);
        });
        return new CompanyEvent(copid, type + "#" + id.full() + "#" + playerId.orElse("") + "#" + IsoTime.format(at),
                type, playerId, at, payload, List.of(), false, Optional.of(id.full()));
    }
}
