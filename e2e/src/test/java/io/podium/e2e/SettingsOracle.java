package io.podium.e2e;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Which numbers and PUT settings bodies are valid, read the way the handlers read them. */
final class SettingsOracle {
    private static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private SettingsOracle() {
    }

    /** Whether the handlers read {@code literal} as an integer from min to max. */
    static boolean integerWithin(String literal, long min, long max) {
        JsonNode node;
        try {
            node = STRICT.readTree(literal);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return node != null && node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= min
                && node.longValue() <= max;
    }

    /** The autoFinalizeAfterDays a settings body sets, -1 for null; null if the body is to be refused. */
    static Integer settingsDays(byte[] body) {
        // The gateway passes the body on as UTF-8 text, as the local runtime does.
        String text = new String(body, StandardCharsets.UTF_8);
        JsonNode root;
        try {
            // From bytes, as the handler reads it (so a UTF-8 byte order mark is skipped, as Jackson does).
            root = STRICT.readTree(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (root == null || !root.isObject()) {
            return null;
        }
        JsonNode approval = root.get("invitesNeedApproval");
        if (approval != null && !approval.isNull() && !approval.isBoolean()) {
            return null;
        }
        JsonNode days = root.get("autoFinalizeAfterDays");
        if (days == null || days.isNull()) {
            return -1;
        }
        if (!days.isIntegralNumber() || !days.canConvertToInt() || days.intValue() < 0 || days.intValue() > 365) {
            return null;
        }
        return days.intValue();
    }
}
