package io.podium.badges;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;
import io.podium.json.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any POST or PUT badge body: a badge with a rule, or a refusal. */
class BadgeRequestFuzzTest {
    @FuzzTest
    void parse(byte[] body) {
        ParsedOrRefused.of(() -> BadgeRequest.parse(body)).ifPresent(badge -> {
            assertFalse(badge.name().isEmpty());
            assertTrue(badge.name().codePointCount(0, badge.name().length()) <= BadgeRequest.MAX_NAME, badge.name());
            assertTrue(badge.name().chars().noneMatch(Character::isISOControl), badge.name());
            assertTrue(badge.points() >= 0 && badge.points() <= BadgeRequest.MAX_POINTS, () -> "points " + badge.points());
            assertNotNull(badge.rule());
            // The rule is stored as JSON text and read back whenever badges are awarded: it must read back the same.
            assertEquals(badge.rule(), BadgeRule.fromStored(Json.read(Json.write(badge.rule().toJson()))));
        });
    }
}
