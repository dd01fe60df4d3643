package io.podium.local.apigateway;

import io.podium.local.template.Intrinsics;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MethodSettingsTest {
    private static final Intrinsics INTRINSICS = new Intrinsics(Template.parse("Resources: {}"), Map.of(), "http://127.0.0.1:1");

    private static Map<String, Object> setting(String path, String method) {
        return Map.of("ResourcePath", path, "HttpMethod", method, "ThrottlingRateLimit", 5, "ThrottlingBurstLimit", 10);
    }

    @Test
    void theStageWideSettingIsTheDefaultThrottle() {
        assertEquals(new Throttle(5, 10), MethodSettings.defaultThrottle(List.of(setting("/*", "*")), INTRINSICS, "Api"));
        assertNull(MethodSettings.defaultThrottle(List.of(Map.of("ResourcePath", "/*", "HttpMethod", "*",
                "LoggingLevel", "INFO")), INTRINSICS, "Api"), "settings without a throttle");
        assertNull(MethodSettings.defaultThrottle(null, INTRINSICS, "Api"));
    }

    @Test
    void aThrottleOfOneMethodIsRefusedRatherThanIgnored() {
        TemplateException error = assertThrows(TemplateException.class,
                () -> MethodSettings.defaultThrottle(List.of(setting("/scores", "POST")), INTRINSICS, "Api.MethodSettings"));
        assertTrue(error.getMessage().startsWith("Api.MethodSettings[0]"), error.getMessage());
    }
}
