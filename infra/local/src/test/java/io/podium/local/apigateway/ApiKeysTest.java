package io.podium.local.apigateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeysTest {
    private static final ApiKey DECLARED = new ApiKey("Declared", "declared", "declared-value", true, Set.of("Plan"));

    @Test
    void createdKeysSurviveAReopenAndDeclaredOnesAreNotStored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("apigateway/keys.json");
        ApiKeys keys = ApiKeys.open(file, List.of(DECLARED));
        ApiKey created = keys.addToPlan(keys.create("token", "token-value", true).id(), "Plan", Set.of());
        ApiKey gone = keys.create("revoked", "revoked-value", true);
        keys.delete(gone.id());

        ApiKeys reopened = ApiKeys.open(file, List.of(DECLARED));
        assertEquals(created, reopened.withValue("token-value").orElseThrow());
        assertTrue(reopened.withValue("revoked-value").isEmpty());
        assertEquals(DECLARED, reopened.withValue("declared-value").orElseThrow());
        assertFalse(Files.readString(file).contains("declared-value"), "declared keys come from the template");
    }

    @Test
    void aValueIsOneKeyAndAnUnknownIdIsNotFound() throws Exception {
        ApiKeys keys = ApiKeys.open(null, List.of(DECLARED));
        assertEquals(409, assertThrows(ApiKeys.Refused.class, () -> keys.create("again", "declared-value", true)).status);
        assertEquals(404, assertThrows(ApiKeys.Refused.class, () -> keys.delete("nope")).status);
        assertEquals(409, assertThrows(ApiKeys.Refused.class, () -> keys.addToPlan("Declared", "Plan", Set.of())).status);
        assertEquals(40, keys.create("generated", null, true).value().length());
    }
}
