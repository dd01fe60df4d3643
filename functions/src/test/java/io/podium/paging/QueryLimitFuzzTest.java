package io.podium.paging;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.podium.errors.ParsedOrRefused;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any ?limit=: the default when absent, otherwise exactly the number given (never clamped), or a refusal. */
class QueryLimitFuzzTest {
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 100;

    @FuzzTest
    void parse(byte[] query) {
        Optional<String> limit = new QueryParameters(new String(query, StandardCharsets.UTF_8)).get("limit");
        ParsedOrRefused.of(() -> QueryLimit.parse(limit, DEFAULT_LIMIT, MAX_LIMIT)).ifPresent(parsed -> {
            assertEquals(limit.isEmpty() ? DEFAULT_LIMIT : Integer.parseInt(limit.get()), parsed);
            assertTrue(parsed >= 1 && parsed <= MAX_LIMIT, () -> "limit " + parsed);
        });
    }
}
