package io.podium.customboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.json.Json;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of POST /v2/admin/leaderboards/:leaderboard_definition_id/register (and deregister): the
 * {@code entity_ids} of players or teams (1 to {@value CustomBoards#MAX_ENTITIES}) and the {@code scopes} (1 to
 * {@value CustomBoards#MAX_SCOPES}, each letters, digits, underscores and hyphens, at most 64). Repeats count once.
 */
public record Registration(List<String> entityIds, List<String> scopes) {
    public Registration {
        entityIds = List.copyOf(entityIds);
        scopes = List.copyOf(scopes);
    }

    public static Registration parse(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        List<String> ids = names(root, "entity_ids", CustomBoards.MAX_ENTITIES, errors, false);
        List<String> scopes = names(root, "scopes", CustomBoards.MAX_SCOPES, errors, true);
        errors.throwIfAny();
        return new Registration(ids, scopes);
    }

    /** A required array of 1 to {@code max} strings; a scope must be a name, an id only a string of 1 to 255. */
    private static List<String> names(ObjectNode root, String field, int max, FieldErrors errors, boolean scope) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            errors.invalid(null, field, "is required");
            return List.of();
        }
        if (!value.isArray() || value.isEmpty() || value.size() > max) {
            errors.wrongType(null, field, "must be an array of 1 to " + max + " strings");
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode name : value) {
            boolean valid = name.isTextual() && (scope ? LeaderboardDefinition.validId(name.textValue())
                    : !name.textValue().isEmpty() && name.textValue().length() <= 255);
            if (!valid) {
                errors.invalid(null, field, scope ? "each scope is letters, digits, underscores and hyphens, at most 64"
                        : "each id is a string of 1 to 255 characters");
                return List.of();
            }
            names.add(name.textValue());
        }
        return new ArrayList<>(names);
    }
}
