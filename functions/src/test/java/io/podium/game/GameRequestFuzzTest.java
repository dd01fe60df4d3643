package io.podium.game;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any PATCH /v2/admin/ body: a title or description within bounds, or a refusal. */
class GameRequestFuzzTest {
    @FuzzTest
    void parse(byte[] body) {
        ParsedOrRefused.of(() -> GameRequest.parse(body)).ifPresent(request -> {
            assertTrue(request.title().isPresent() || request.description().isPresent(), request::toString);
            request.title().ifPresent(title -> assertTrue(!title.isEmpty()
                    && title.codePointCount(0, title.length()) <= GameRequest.MAX_TITLE
                    && title.chars().noneMatch(Character::isISOControl), title));
            request.description().ifPresent(text ->
                    assertTrue(text.codePointCount(0, text.length()) <= GameRequest.MAX_DESCRIPTION, text));
        });
    }
}
