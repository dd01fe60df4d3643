package io.podium.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.json.Json;
import io.podium.players.PlayerRequest;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;

/**
 * The bodies of Playoff's process routes. A process id follows {@link ProcessId#validId}; a name has 1 to 255
 * characters without control characters; {@code requested_roles} and {@code roles} name a role for each of 1 to
 * {@link ProcessDefinitionRequest#MAX_LANES} lanes.
 */
public final class ProcessRequest {
    static final int MAX_NAME = 255;

    private ProcessRequest() {
    }

    /** POST /v2/admin/processes: {@code {"id"?, "name", "definition", "owner_id"}}. */
    public static NewProcess parseNew(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> id = errors.text(root, null, "id");
        id.filter(value -> !ProcessId.validId(value)).ifPresent(value -> errors.invalid(null, "id",
                "must be letters, digits and underscores, not start with a digit, have at most 128 characters, and be"
                        + " none of " + String.join(", ", ProcessId.RESERVED.stream().sorted().toList())));
        Optional<String> name = errors.requiredLabel(root, "name", MAX_NAME);
        Optional<String> definition = errors.requiredText(root, null, "definition");
        definition.filter(value -> !ProcessDefinitionRequest.validName(value)).ifPresent(value -> errors.invalid(null,
                "definition", "must be a process definition's id"));
        Optional<String> owner = errors.requiredText(root, null, "owner_id");
        errors.throwIfAny();
        return new NewProcess(id, name.orElseThrow(), definition.orElseThrow(), owner.orElseThrow());
    }

    /** POST …/join and …/roles: {@code {"player_id", "requested_roles": {"<lane>": "<role>"}}}. */
    public static RoleRequest parseRoles(byte[] body) {
        return roleRequest(body, "player_id", "requested_roles", true);
    }

    /** POST …/leave: {@code {"player_id"}}. */
    public static String parseLeave(byte[] body) {
        return PlayerRequest.parsePlayerId(body);
    }

    /** POST …/transfer: {@code {"id", "roles"?}}, the new owner and, shaped as requested_roles, their roles. */
    public static RoleRequest parseTransfer(byte[] body) {
        return roleRequest(body, "id", "roles", false);
    }

    private static RoleRequest roleRequest(byte[] body, String playerField, String lanesField, boolean required) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> player = errors.requiredText(root, null, playerField);
        Map<String, String> lanes = lanes(root, lanesField, required, errors);
        errors.throwIfAny();
        return new RoleRequest(player.orElseThrow(), lanes);
    }

    /** An object of lane names to role names, of 1 to MAX_LANES entries (or absent, when not required). */
    private static Map<String, String> lanes(ObjectNode root, String field, boolean required, FieldErrors errors) {
        Map<String, String> lanes = new LinkedHashMap<>();
        Optional<JsonNode> object = errors.object(root, field);
        if (object.isEmpty()) {
            if (required && (root.get(field) == null || root.get(field).isNull())) {
                errors.invalid(null, field, "is required");
            }
            return lanes;
        }
        if (object.get().isEmpty() || object.get().size() > ProcessDefinitionRequest.MAX_LANES) {
            errors.invalid(null, field, "must name 1 to " + ProcessDefinitionRequest.MAX_LANES + " lanes");
            return lanes;
        }
        for (Iterator<Entry<String, JsonNode>> fields = object.get().fields(); fields.hasNext(); ) {
            Entry<String, JsonNode> entry = fields.next();
            if (!entry.getValue().isTextual()) {
                errors.wrongType(null, field, "each lane's role is a string");
                return lanes;
            }
            if (!ProcessDefinitionRequest.validName(entry.getKey())
                    || !ProcessDefinitionRequest.validName(entry.getValue().textValue())) {
                errors.invalid(null, field, "each lane and role is letters, digits and underscores, not starting with"
                        + " a digit, at most 64");
                return lanes;
            }
            lanes.put(entry.getKey(), entry.getValue().textValue());
        }
        return lanes;
    }
}
