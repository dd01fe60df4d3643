package io.podium.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.http.FieldErrors;
import io.podium.http.Json;

import java.util.Optional;

/**
 * A validated PUT settings body. {@code autoFinalizeAfterDays} null or absent switches automatic finalization
 * off. Unknown fields are ignored: later releases add fields to this document.
 */
record SettingsRequest(Optional<Integer> autoFinalizeAfterDays) {
    static final String AUTO_FINALIZE = "autoFinalizeAfterDays";
    static final int MAX_DAYS = 365;

    static SettingsRequest parse(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<Integer> days = Optional.empty();
        JsonNode node = root.get(AUTO_FINALIZE);
        if (node != null && !node.isNull()) {
            if (!node.isNumber()) {
                errors.wrongType(null, AUTO_FINALIZE, "must be a number or null");
            } else if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0 || node.intValue() > MAX_DAYS) {
                errors.invalid(null, AUTO_FINALIZE, "must be an integer from 0 to " + MAX_DAYS + ", or null");
            } else {
                days = Optional.of(node.intValue());
            }
        }
        errors.throwIfAny();
        return new SettingsRequest(days);
    }
}
