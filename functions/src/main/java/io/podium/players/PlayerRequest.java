package io.podium.players;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.json.Json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bodies of Playoff's player routes. An id is alphanumeric with underscores, does not start with a digit, and
 * has at most 128 characters (Playoff's rule for a new player; a driver first seen in scores keeps whatever id its
 * company's systems gave it). An alias and each profile field have 1 to 255 characters without control characters.
 */
public final class PlayerRequest {
    public static final Pattern NEW_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    static final int MAX_TEXT = 255;

    private PlayerRequest() {
    }

    /** A body that names one player, {@code {"player_id"}}: a leave of a team or of a process. */
    public static String parsePlayerId(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> player = errors.requiredText(root, null, "player_id");
        errors.throwIfAny();
        return player.orElseThrow();
    }

    public static NewPlayer parseNew(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> id = errors.requiredText(root, null, "id");
        id.filter(value -> !NEW_ID.matcher(value).matches()).ifPresent(value -> errors.invalid(null, "id",
                "must be letters, digits and underscores, not start with a digit, and have at most 128 characters"));
        Optional<String> alias = root.hasNonNull("alias") ? errors.requiredLabel(root, "alias", MAX_TEXT) : Optional.empty();
        Map<String, String> profile = profile(root, errors);
        errors.throwIfAny();
        profile.values().removeIf(String::isEmpty);
        return new NewPlayer(id.orElseThrow(), alias.orElse(id.orElseThrow()), new Profile(profile));
    }

    public static PlayerChange parseChange(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> alias = root.has("alias") ? errors.requiredLabel(root, "alias", MAX_TEXT) : Optional.empty();
        Map<String, String> profile = profile(root, errors);
        if (!root.has("alias") && profile.isEmpty()) {
            errors.invalid(null, "alias", "give the alias or a profile field to change");
        }
        errors.throwIfAny();
        return new PlayerChange(alias, profile);
    }

    /** The profile fields the body names: a value, or "" for a null that clears the field. */
    private static Map<String, String> profile(JsonNode root, FieldErrors errors) {
        Map<String, String> profile = new LinkedHashMap<>();
        for (String field : Profile.FIELDS) {
            if (!root.has(field)) {
                continue;
            }
            if (root.get(field).isNull()) {
                profile.put(field, "");
                continue;
            }
            errors.requiredLabel(root, field, MAX_TEXT).ifPresent(value -> profile.put(field, value));
        }
        return profile;
    }
}
