package io.podium.players;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any body of POST /v2/admin/players and of PUT /v2/admin/players/:id: a player within its rules, or a refusal. */
class PlayerRequestFuzzTest {
    @FuzzTest
    void parseNew(byte[] body) {
        ParsedOrRefused.of(() -> PlayerRequest.parseNew(body)).ifPresent(player -> {
            assertTrue(PlayerRequest.NEW_ID.matcher(player.id()).matches(), player::toString);
            assertLabel(player.alias());
            player.profile().fields().values().forEach(PlayerRequestFuzzTest::assertLabel);
        });
    }

    @FuzzTest
    void parseChange(byte[] body) {
        ParsedOrRefused.of(() -> PlayerRequest.parseChange(body)).ifPresent(change -> {
            assertTrue(change.alias().isPresent() || !change.profile().isEmpty(), change::toString);
            change.alias().ifPresent(PlayerRequestFuzzTest::assertLabel);
            for (Map.Entry<String, String> field : change.profile().entrySet()) {
                assertTrue(Profile.FIELDS.contains(field.getKey()), field::toString);
                // Empty clears the field; anything else is a label.
                if (!field.getValue().isEmpty()) {
                    assertLabel(field.getValue());
                }
            }
        });
    }

    private static void assertLabel(String text) {
        assertTrue(!text.isEmpty() && text.codePointCount(0, text.length()) <= PlayerRequest.MAX_TEXT
                && text.chars().noneMatch(Character::isISOControl), text);
    }
}
