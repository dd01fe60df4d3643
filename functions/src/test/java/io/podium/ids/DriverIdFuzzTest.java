package io.podium.ids;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any driver id of a path or query: kept as given when it is 1 to 128 characters without controls, else refused. */
class DriverIdFuzzTest {
    @FuzzTest
    void checked(byte[] data) {
        String userxtid = new String(data, StandardCharsets.UTF_8);
        Optional<String> accepted = ParsedOrRefused.of(() -> DriverId.checked(Optional.of(userxtid), "userxtid").orElseThrow());
        assertEquals(DriverId.problem(userxtid).isEmpty(), accepted.isPresent(), userxtid);
        accepted.ifPresent(id -> {
            assertEquals(userxtid, id);
            assertFalse(id.isEmpty());
            assertTrue(id.codePointCount(0, id.length()) <= DriverId.MAX_LENGTH, id);
            assertTrue(id.codePoints().noneMatch(Character::isISOControl), id);
        });
    }
}
