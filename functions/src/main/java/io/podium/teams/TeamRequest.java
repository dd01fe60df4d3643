package io.podium.teams;

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
 * The bodies of Playoff's team routes. A team id follows a player id's rule (letters, digits and underscores, not
 * starting with a digit, at most 128); a name has 1 to 255 characters without control characters; roles are named as
 * in {@link TeamDefinitionRequest}, at most {@link TeamDefinitionRequest#MAX_ROLES} of them.
 */
public final class TeamRequest {
    static final int MAX_NAME = 255;

    private TeamRequest() {
    }

    /** Whether {@code id} can name a team; an id that cannot names none. */
    public static boolean validId(String id) {
        return id != null && PlayerRequest.NEW_ID.matcher(id).matches();
    }

    /** POST /v2/admin/teams: {@code {"id"?, "name", "access"?, "definition"}}. */
    public static NewTeam parseNew(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> id = errors.text(root, null, "id");
        id.filter(value -> !validId(value)).ifPresent(value -> errors.invalid(null, "id",
                "must be letters, digits and underscores, not start with a digit, and have at most 128 characters"));
        Optional<String> name = errors.requiredLabel(root, "name", MAX_NAME);
        Optional<String> definition = errors.requiredText(root, null, "definition");
        definition.filter(value -> !TeamDefinitionRequest.validId(value)).ifPresent(value -> errors.invalid(null,
                "definition", "must be a team definition's id"));
        Optional<TeamAccess> access = Optional.empty();
        if (root.hasNonNull("access")) {
            JsonNode value = root.get("access");
            access = value.isTextual() ? TeamAccess.named(value.textValue()) : Optional.empty();
            if (access.isEmpty()) {
                errors.invalid(null, "access", "must be PUBLIC, PROTECTED or PRIVATE");
            }
        }
        errors.throwIfAny();
        return new NewTeam(id, name.orElseThrow(), access, definition.orElseThrow());
    }

    /** POST …/join and …/roles: {@code {"player_id", "requested_roles": {"<role>": bool}}}, at least one role named. */
    public static RoleChange parseRoles(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> player = errors.requiredText(root, null, "player_id");
        Map<String, Boolean> roles = roles(root, "requested_roles", true, errors);
        errors.throwIfAny();
        return new RoleChange(player.orElseThrow(), roles);
    }

    /** POST …/leave: {@code {"player_id"}}. */
    public static String parseLeave(byte[] body) {
        return PlayerRequest.parsePlayerId(body);
    }

    /** POST …/transfer: {@code {"id", "roles"?}}, the new owner and, shaped as requested_roles, their roles. */
    public static RoleChange parseTransfer(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> player = errors.requiredText(root, null, "id");
        Map<String, Boolean> roles = roles(root, "roles", false, errors);
        errors.throwIfAny();
        return new RoleChange(player.orElseThrow(), roles);
    }

    /** An object of role names to booleans, of 1 to MAX_ROLES entries (or absent, when not required). */
    private static Map<String, Boolean> roles(ObjectNode root, String field, boolean required, FieldErrors errors) {
        Map<String, Boolean> roles = new LinkedHashMap<>();
        Optional<JsonNode> object = errors.object(root, field);
        if (object.isEmpty()) {
            if (required && (root.get(field) == null || root.get(field).isNull())) {
                errors.invalid(null, field, "is required");
            }
            return roles;
        }
        if (object.get().isEmpty() || object.get().size() > TeamDefinitionRequest.MAX_ROLES) {
            errors.invalid(null, field, "must name 1 to " + TeamDefinitionRequest.MAX_ROLES + " roles");
            return roles;
        }
        for (Iterator<Entry<String, JsonNode>> fields = object.get().fields(); fields.hasNext(); ) {
            Entry<String, JsonNode> entry = fields.next();
            if (!TeamDefinitionRequest.validId(entry.getKey())) {
                errors.invalid(null, field, "each role is letters, digits and underscores, not starting with a digit,"
                        + " at most 64");
                return roles;
            }
            if (!entry.getValue().isBoolean()) {
                errors.wrongType(null, field, "each role is true or false");
                return roles;
            }
            roles.put(entry.getKey(), entry.getValue().booleanValue());
        }
        return roles;
    }
}
