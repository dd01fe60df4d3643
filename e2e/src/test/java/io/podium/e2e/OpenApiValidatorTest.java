package io.podium.e2e;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check every end-to-end answer goes through refuses what openapi.yaml does not document. */
class OpenApiValidatorTest {
    private static final OpenApiValidator OPENAPI = OpenApiValidator.instance();
    private static final String SCORES = "http://127.0.0.1:3000/v3/igr/gamification/acme/scores";
    private static final String LEADERBOARD = "http://127.0.0.1:3000/v3/igr/gamification/acme/campaigns/march-eco/leaderboard";

    @Test
    void documentedAnswersPass() {
        assertDoesNotThrow(() -> OPENAPI.check("GET", URI.create("http://127.0.0.1:3000/health"), 200,
                "{\"status\":\"ok\",\"version\":\"0.1.0-SNAPSHOT\"}"));
        assertDoesNotThrow(() -> OPENAPI.check("POST", URI.create(SCORES), 200,
                "{\"metric\":\"eco_score\",\"date\":\"2026-03-01\",\"accepted\":2}"));
        assertDoesNotThrow(() -> OPENAPI.check("POST", URI.create(SCORES), 412,
                "{\"error\":{\"code\":\"score_finalized\",\"message\":\"m\",\"details\":[]}}"));
        assertDoesNotThrow(() -> OPENAPI.check("GET", URI.create(LEADERBOARD + "?limit=1"), 200,
                "{\"campaign\":\"march-eco\",\"metric\":\"eco_score\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-31\","
                        + "\"aggregation\":\"average\",\"computedThrough\":null,\"complete\":false,\"winners\":[],\"total\":1,"
                        + "\"entries\":[{\"rank\":1,\"userxtid\":\"d1\",\"score\":90.5,\"days\":2}],\"next\":null}"));
        assertDoesNotThrow(() -> OPENAPI.check("DELETE", URI.create("http://127.0.0.1:3000/v3/igr/admin/tokens/abc"), 204, ""));
        assertDoesNotThrow(() -> OPENAPI.check("GET", URI.create("http://127.0.0.1:3000/v3/igr/nothing-here"), 404,
                "{\"error\":{\"code\":\"route_not_found\",\"message\":\"No such route.\",\"details\":[]}}"));
        assertDoesNotThrow(() -> OPENAPI.check("POST", URI.create("http://127.0.0.1:3000/_local/schedules/X"), 202, "anything"));
    }

    @Test
    void anUndocumentedStatusFails() {
        AssertionError error = assertThrows(AssertionError.class, () -> OPENAPI.check("GET", URI.create(SCORES + "?metric=m"),
                409, "{\"error\":{\"code\":\"campaign_exists\",\"message\":\"m\",\"details\":[]}}"));
        assertTrue(error.getMessage().contains("documents only"), error.getMessage());
    }

    @Test
    void aBodyThatBreaksTheSchemaFails() {
        // A missing field, an extra field, a wrong type, and an error code that response does not carry.
        assertThrows(AssertionError.class, () -> OPENAPI.check("POST", URI.create(SCORES), 200,
                "{\"metric\":\"eco_score\",\"date\":\"2026-03-01\"}"));
        assertThrows(AssertionError.class, () -> OPENAPI.check("POST", URI.create(SCORES), 200,
                "{\"metric\":\"eco_score\",\"date\":\"2026-03-01\",\"accepted\":2,\"extra\":1}"));
        assertThrows(AssertionError.class, () -> OPENAPI.check("POST", URI.create(SCORES), 200,
                "{\"metric\":\"eco_score\",\"date\":\"2026-03-01\",\"accepted\":\"2\"}"));
        AssertionError error = assertThrows(AssertionError.class, () -> OPENAPI.check("POST", URI.create(SCORES), 412,
                "{\"error\":{\"code\":\"campaign_exists\",\"message\":\"m\",\"details\":[]}}"));
        assertTrue(error.getMessage().contains("does not match"), error.getMessage());
    }

    @Test
    void anUnknownRouteMayOnlyBeRouteNotFound() {
        assertThrows(AssertionError.class, () -> OPENAPI.check("PATCH", URI.create(SCORES), 200, "{}"));
        assertThrows(AssertionError.class, () -> OPENAPI.check("GET", URI.create("http://127.0.0.1:3000/v3/igr/nothing-here"), 404,
                "{\"error\":{\"code\":\"forbidden\",\"message\":\"m\",\"details\":[]}}"));
    }
}
