package io.podium.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.json.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body of POST /v2/admin/rules/:rule_id: {@code {"data":[{"player_ids":[…],"variables":{…}}],"scopes"?}}, the
 * entries applied in order. At most {@value #MAX_PLAYERS} players in all; {@code scopes} is accepted and not read
 * (Podium's boards have no scopes yet).
 */
public record Evaluation(List<Entry> data) {
    public static final int MAX_PLAYERS = 1000;

    /** One entry: the players, in order, and the variables as given (checked against the rule later). */
    public record Entry(List<String> playerIds, Optional<JsonNode> variables) {
        public Entry {
            playerIds = List.copyOf(playerIds);
        }
    }

    public Evaluation {
        data = List.copyOf(data);
    }

    public static Evaluation parse(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        JsonNode data = root.get("data");
        List<Entry> entries = new ArrayList<>();
        if (data == null || !data.isArray() || data.isEmpty()) {
            errors.invalid(null, "data", "must be an array of 1 or more {\"player_ids\",\"variables\"}");
            errors.throwIfAny();
        }
        int players = 0;
        for (int i = 0; i < data.size(); i++) {
            JsonNode entry = data.get(i);
            JsonNode ids = entry.path("player_ids");
            if (!entry.isObject() || !ids.isArray() || ids.isEmpty()) {
                errors.invalid(i, "data", "each entry needs player_ids: an array of 1 or more player ids");
                continue;
            }
            List<String> playerIds = new ArrayList<>();
            for (JsonNode id : ids) {
                if (!id.isTextual() || id.textValue().isEmpty() || id.textValue().length() > 128) {
                    errors.invalid(i, "player_ids", "each player id is a string of 1 to 128 characters");
                } else if (playerIds.contains(id.textValue())) {
                    // One entry applies the rule once to each of its players: a second listing is a mistake.
                    errors.invalid(i, "player_ids", "'" + id.textValue() + "' is listed twice");
                } else {
                    playerIds.add(id.textValue());
                }
            }
            players += playerIds.size();
            JsonNode variables = entry.get("variables");
            if (variables != null && !variables.isNull() && !variables.isObject()) {
                errors.wrongType(i, "variables", "must be an object");
            }
            entries.add(new Entry(playerIds, Optional.ofNullable(variables).filter(JsonNode::isObject)));
        }
        if (players > MAX_PLAYERS) {
            errors.invalid(null, "data", "at most " + MAX_PLAYERS + " players in one call, " + players + " given");
        }
        errors.throwIfAny();
        return new Evaluation(entries);
    }
}
