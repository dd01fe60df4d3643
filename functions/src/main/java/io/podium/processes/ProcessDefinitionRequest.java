package io.podium.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.json.Json;
import io.podium.teams.TeamDefinitionRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The body of PUT /v2/admin/definitions/processes/:definition_id: {@code name} and {@code lanes}, 1 to
 * {@value #MAX_LANES} of {@code {"name","roles":[…]}} with distinct names, each with 1 to {@value #MAX_ROLES} distinct
 * roles. Ids, lanes and roles are named as a team definition's ids and roles are.
 */
public record ProcessDefinitionRequest(String id, String name, List<Lane> lanes) {
    static final int MAX_NAME = 255;
    static final int MAX_LANES = 10;
    static final int MAX_ROLES = 20;
    private static final String NAMED = "letters, digits and underscores, not starting with a digit, at most 64";

    public ProcessDefinitionRequest {
        lanes = List.copyOf(lanes);
    }

    public ProcessDefinition definition(Instant now) {
        return new ProcessDefinition(id, name, lanes, now);
    }

    /** Whether {@code id} can name a process definition, a lane or a role. */
    public static boolean validName(String id) {
        return TeamDefinitionRequest.validId(id);
    }

    /** @param id the path's definition id, already known to be {@link #validName valid} */
    public static ProcessDefinitionRequest parse(String id, byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> name = errors.requiredLabel(root, "name", MAX_NAME);
        List<Lane> lanes = lanes(root.get("lanes"), errors);
        errors.throwIfAny();
        return new ProcessDefinitionRequest(id, name.orElseThrow(), lanes);
    }

    private static List<Lane> lanes(JsonNode value, FieldErrors errors) {
        if (value == null || value.isNull()) {
            errors.invalid(null, "lanes", "is required");
            return List.of();
        }
        if (!value.isArray() || value.isEmpty() || value.size() > MAX_LANES) {
            errors.wrongType(null, "lanes", "must be an array of 1 to " + MAX_LANES + " lanes");
            return List.of();
        }
        List<Lane> lanes = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode lane = value.get(i);
            if (!lane.isObject()) {
                errors.wrongType(i, "lanes", "each lane is {\"name\",\"roles\"}");
                return List.of();
            }
            Optional<String> laneName = errors.requiredText(lane, i, "name");
            if (laneName.isEmpty()) {
                return List.of();
            }
            if (!validName(laneName.get()) || !names.add(laneName.get())) {
                errors.invalid(i, "lanes", "each lane's name is " + NAMED + ", and names one lane");
                return List.of();
            }
            Optional<List<String>> roles = roles(lane.get("roles"), i, errors);
            if (roles.isEmpty()) {
                return List.of();
            }
            lanes.add(new Lane(laneName.get(), roles.get()));
        }
        return lanes;
    }

    private static Optional<List<String>> roles(JsonNode value, int lane, FieldErrors errors) {
        if (value == null || !value.isArray() || value.isEmpty() || value.size() > MAX_ROLES) {
            errors.wrongType(lane, "lanes", "each lane's roles are an array of 1 to " + MAX_ROLES + " role names");
            return Optional.empty();
        }
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode role : value) {
            if (!role.isTextual() || !validName(role.textValue()) || !roles.add(role.textValue())) {
                errors.invalid(lane, "lanes", "each role is " + NAMED + ", named once in its lane");
                return Optional.empty();
            }
        }
        return Optional.of(new ArrayList<>(roles));
    }
}
