package io.podium.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.json.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of PUT /v2/admin/definitions/teams/:definition_id: {@code name}, {@code roles} (1 to 20 distinct names),
 * {@code creator_roles} (1 or more of those) and {@code access} (PUBLIC, PROTECTED or PRIVATE; PUBLIC when left out).
 */
public record TeamDefinitionRequest(String id, String name, List<String> roles, List<String> creatorRoles,
                                    TeamAccess access) {
    static final int MAX_NAME = 255;
    static final int MAX_ROLES = 20;
    /** A definition id or a role: letters, digits and underscores, not starting with a digit; at most 64. */
    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    public TeamDefinitionRequest {
        roles = List.copyOf(roles);
        creatorRoles = List.copyOf(creatorRoles);
    }

    /** The definition as of {@code now}. */
    public TeamDefinition definition(Instant now) {
        return new TeamDefinition(id, name, roles, creatorRoles, access, now);
    }

    /** Whether {@code id} can name a team definition; an id that cannot names none. */
    public static boolean validId(String id) {
        return id != null && NAME.matcher(id).matches();
    }

    /** @param id the path's definition id, already known to be {@link #validId valid} */
    public static TeamDefinitionRequest parse(String id, byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> name = errors.requiredLabel(root, "name", MAX_NAME);
        List<String> roles = roles(root, "roles", errors);
        List<String> creatorRoles = roles(root, "creator_roles", errors);
        creatorRoles.stream().filter(role -> !roles.contains(role)).findFirst().ifPresent(role ->
                errors.invalid(null, "creator_roles", "'" + role + "' is not one of the roles"));
        TeamAccess access = TeamAccess.PUBLIC;
        if (root.hasNonNull("access")) {
            JsonNode value = root.get("access");
            Optional<TeamAccess> named = value.isTextual() ? TeamAccess.named(value.textValue()) : Optional.empty();
            if (named.isEmpty()) {
                errors.invalid(null, "access", "must be PUBLIC, PROTECTED or PRIVATE");
            } else {
                access = named.get();
            }
        }
        errors.throwIfAny();
        return new TeamDefinitionRequest(id, name.orElseThrow(), roles, creatorRoles, access);
    }

    /** A required array of 1 to {@link #MAX_ROLES} distinct role names. */
    private static List<String> roles(ObjectNode root, String field, FieldErrors errors) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            errors.invalid(null, field, "is required");
            return List.of();
        }
        if (!value.isArray() || value.isEmpty() || value.size() > MAX_ROLES) {
            errors.wrongType(null, field, "must be an array of 1 to " + MAX_ROLES + " role names");
            return List.of();
        }
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode role : value) {
            if (!role.isTextual() || !NAME.matcher(role.textValue()).matches()) {
                errors.invalid(null, field, "each role is letters, digits and underscores, not starting with a digit,"
                        + " at most 64");
                return List.of();
            }
            if (!roles.add(role.textValue())) {
                errors.invalid(null, field, "names '" + role.textValue() + "' twice");
                return List.of();
            }
        }
        return new ArrayList<>(roles);
    }
}
