package io.podium.game;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.errors.FieldErrors;
import io.podium.json.Json;

import java.util.Optional;

/** The body of PATCH /v2/admin/: a new title, a new description, or both; what is left out stays. */
public record GameRequest(Optional<String> title, Optional<String> description) {
    static final int MAX_TITLE = 255;
    static final int MAX_DESCRIPTION = 2_000;

    public static GameRequest parse(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> title = root.has("title") ? errors.requiredLabel(root, "title", MAX_TITLE) : Optional.empty();
        Optional<String> description = errors.text(root, null, "description");
        description.filter(text -> text.codePointCount(0, text.length()) > MAX_DESCRIPTION)
                .ifPresent(text -> errors.invalid(null, "description", "must be at most " + MAX_DESCRIPTION + " characters"));
        if (!root.has("title") && !root.has("description")) {
            errors.invalid(null, "title", "give a title, a description, or both");
        }
        errors.throwIfAny();
        return new GameRequest(title, description);
    }
}
