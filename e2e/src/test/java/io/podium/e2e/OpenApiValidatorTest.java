package io.podium.e2e;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check every end-to-end answer goes through refuses what openapi.yaml does not document. */
class OpenApiValidatorTest {
    /** The settings' EASI'R rank rules and invitations' approval, as a company that never set them reads them. */
    private static final String RANK_RULES = "\"rankRules\":{"
            + "\"total_sales\":{\"rule\":\"total\",\"settings\":{\"metric\":\"total_sales\"}},"
            + "\"emails_sent\":{\"rule\":\"total\",\"settings\":{\"metric\":\"emails_sent\"}},"
            + "\"conversion_rate\":{\"rule\":\"ratio\",\"settings\":{\"metric\":\"conversions\",\"denominator_metric\":\"leads\","
            + "\"min_volume\":0}}},\"invitesNeedApproval\":true,";
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

    private static final String COMPANY = "http://127.0.0.1:3000/v3/igr/gamification/acme";
    private static final String BADGE = "{\"id\":3,\"name\":\"the_consistent\",\"special\":false,\"points\":5,"
            + "\"rule\":{\"type\":\"streak\",\"metric\":\"eco\",\"threshold\":80,\"days\":5},"
            + "\"created_at\":\"2026-03-01 09:15:00\",\"updated_at\":\"2026-03-01 09:15:00\"}";
    private static final String RANK = "{\"id\":\"6877f678-0024-4ddd-b5cb-f060a7d18252\",\"team_id\":\"acme\",\"name\":\"Top\","
            + "\"icon\":\"rocket\",\"rule\":{\"name\":\"ratio\"},\"created_at\":\"2026-03-01 09:15:00\","
            + "\"updated_at\":\"2026-03-01 09:15:00\"%s}";
    private static final String PAGINATION = "\"pagination\":{\"total\":1,\"page\":1,\"per_page\":15,"
            + "\"urls\":{\"previous\":null,\"next\":null}}";
    private static final String EVENT = "{\"id\":1,\"event_type\":\"%s\",\"event_data\":%s,\"high_fived\":false,"
            + "\"high_fives\":0,\"user\":%s,\"created_at\":\"2026-03-01 09:15:00\",\"updated_at\":\"2026-03-01 09:15:00\"}";
    private static final String USER = "{\"id\":\"d1\",\"alias\":\"d1\"}";

    private static void passes(String method, String path, int status, String body) {
        assertDoesNotThrow(() -> OPENAPI.check(method, URI.create(COMPANY + path), status, body));
    }

    private static void fails(String method, String path, int status, String body) {
        AssertionError error = assertThrows(AssertionError.class, () -> OPENAPI.check(method, URI.create(COMPANY + path), status, body));
        assertTrue(error.getMessage().contains("does not match"), error.getMessage());
    }

    private static String stream(String type, String data, String user) {
        return "{\"data\":[" + EVENT.formatted(type, data, user) + "]," + PAGINATION + "}";
    }

    /** The engagement schemas hold each shape the handlers write, and refuse what they never write. */
    @Test
    void engagementAnswersAreCheckedStrictly() {
        passes("POST", "/badges", 201, BADGE);
        passes("GET", "/badges", 200, "{\"data\":[" + BADGE + "]}");
        passes("GET", "/badges/1", 200, BADGE.replace("{\"type\":\"streak\",\"metric\":\"eco\",\"threshold\":80,\"days\":5}",
                "{\"type\":\"campaign_top\",\"n\":3}"));
        // A rule carrying a field its type does not use, a time in ISO form, a string id.
        fails("GET", "/badges/1", 200, BADGE.replace("\"days\":5", "\"days\":5,\"n\":2"));
        fails("GET", "/badges/1", 200, BADGE.replace("2026-03-01 09:15:00", "2026-03-01T09:15:00Z"));
        fails("GET", "/badges/1", 200, BADGE.replace("\"id\":3", "\"id\":\"3\""));
        passes("GET", "/badges/x", 404, "{\"error\":{\"code\":\"badge_not_found\",\"message\":\"m\",\"details\":[]}}");
        fails("GET", "/badges/x", 404, "{\"error\":{\"code\":\"campaign_not_found\",\"message\":\"m\",\"details\":[]}}");

        passes("GET", "/drivers/d1/badges", 200, "{\"badges\":[{\"id\":1,\"name\":\"b\",\"achieved\":true,"
                + "\"achieved_at\":\"2026-03-02 00:15:00\"}],\"special_badges\":[{\"id\":2,\"name\":\"s\",\"achieved\":false,"
                + "\"achieved_at\":null}]}");
        fails("GET", "/drivers/d1/badges", 200, "{\"badges\":[{\"id\":1,\"name\":\"b\",\"achieved\":true,"
                + "\"achieved_at\":null}],\"special_badges\":[]}");

        passes("GET", "/drivers/d1/level", 200, "{\"name\":\"level_8\",\"points\":5,\"progress_pct\":64,"
                + "\"level_threshold\":3.90625,\"next_level\":{\"name\":\"level_9\",\"level_threshold\":7.8125}}");
        passes("GET", "/drivers/d1/level", 200, "{\"name\":\"level_30\",\"points\":1E+9,\"progress_pct\":100,"
                + "\"level_threshold\":16384,\"next_level\":null}");
        fails("GET", "/drivers/d1/level", 200, "{\"name\":\"8\",\"points\":5,\"progress_pct\":164,"
                + "\"level_threshold\":3.90625,\"next_level\":null}");

        passes("POST", "/ranks", 201, RANK.formatted(""));
        passes("GET", "/ranks", 200, "{\"data\":[" + RANK.formatted("") + "]," + PAGINATION + "}");
        passes("GET", "/ranks/r", 200, RANK.formatted(",\"settings\":{\"metric\":\"a\",\"denominator_metric\":\"b\",\"min_volume\":0}"));
        passes("GET", "/ranks/r", 200, RANK.formatted(",\"settings\":{\"metric\":\"a\"}"));
        // Settings in a list, no settings in the one-rank read, a denominator without its floor.
        fails("GET", "/ranks", 200, "{\"data\":[" + RANK.formatted(",\"settings\":{\"metric\":\"a\"}") + "]," + PAGINATION + "}");
        fails("GET", "/ranks/r", 200, RANK.formatted(""));
        fails("GET", "/ranks/r", 200, RANK.formatted(",\"settings\":{\"metric\":\"a\",\"denominator_metric\":\"b\"}"));
        passes("PUT", "/ranks/r", 200, "{\"name\":\"Best salesman\"}");
        passes("GET", "/ranks/r/scores", 200, "{\"scores\":[{\"rank\":1,\"score\":62.5,\"user\":" + USER + "}],"
                + "\"current_rank\":null}");
        fails("GET", "/ranks/r/scores", 200, "{\"scores\":[],\"current_rank\":{}}");
        passes("DELETE", "/ranks/r", 404, "{\"error\":{\"code\":\"rank_not_found\",\"message\":\"m\",\"details\":[]}}");

        passes("GET", "/stream", 200, stream("new_level", "{\"level\":{\"name\":\"level_9\"}}", USER));
        passes("GET", "/stream", 200, stream("badge_achieved", "{\"badge\":{\"id\":1,\"name\":\"b\"}}", USER));
        passes("GET", "/stream", 200, stream("campaign_won", "{\"campaign\":{\"id\":\"c\",\"name\":\"C\"}}", USER));
        passes("GET", "/stream", 200, stream("campaign_completed",
                "{\"campaign\":{\"id\":\"c\",\"name\":\"C\"},\"winners\":[" + USER + "]}", "null"));
        // A company-wide event about one driver, a driver's event about no one, data of another type.
        fails("GET", "/stream", 200, stream("campaign_completed", "{\"campaign\":{\"id\":\"c\",\"name\":\"C\"},\"winners\":[]}", USER));
        fails("GET", "/stream", 200, stream("new_level", "{\"level\":{\"name\":\"level_9\"}}", "null"));
        fails("GET", "/stream", 200, stream("new_level", "{\"badge\":{\"id\":1,\"name\":\"b\"}}", USER));
        passes("PUT", "/stream/1/high-five", 204, "");
        passes("GET", "/stream/1/high-five/users", 200, "{\"data\":[" + USER + "]}");
        passes("GET", "/stream/1/high-five/users", 404, "{\"error\":{\"code\":\"event_not_found\",\"message\":\"m\",\"details\":[]}}");

        passes("GET", "/settings", 200, "{\"autoFinalizeAfterDays\":null,\"levels\":{\"base\":0.030517578125,\"factor\":2.0,"
                + "\"count\":30},\"points\":null," + RANK_RULES + "\"updatedAt\":null}");
        passes("PUT", "/settings", 200, "{\"autoFinalizeAfterDays\":3,\"levels\":{\"base\":100.0,\"factor\":1.5,"
                + "\"count\":20},\"points\":{\"eco\":0.5}," + RANK_RULES + "\"updatedAt\":\"2026-03-01T09:15:00.000Z\"}");
        fails("GET", "/settings", 200, "{\"autoFinalizeAfterDays\":null,\"updatedAt\":null}");
        fails("GET", "/settings", 200, "{\"autoFinalizeAfterDays\":null,\"levels\":{\"base\":0.030517578125,\"factor\":2.0,"
                + "\"count\":30},\"points\":null,\"updatedAt\":null}");
    }

    /** An ISO time is UTC with exactly three fractional digits: Instant.toString's other forms are refused. */
    @Test
    void anIsoTimeHasExactlyThreeFractionalDigits() {
        String settings = "{\"autoFinalizeAfterDays\":3,\"levels\":{\"base\":100.0,\"factor\":1.5,\"count\":20},"
                + "\"points\":null," + RANK_RULES + "\"updatedAt\":\"%s\"}";
        passes("GET", "/settings", 200, settings.formatted("2026-03-01T09:15:00.000Z"));
        passes("GET", "/settings", 200, settings.formatted("2026-03-01T09:15:23.667Z"));
        for (String other : new String[] {"2026-03-01T09:15:00Z", "2026-03-01T09:15:23.667613Z",
                "2026-03-01T09:15:23.667613035Z", "2026-03-01T09:15:23.6Z", "2026-03-01T10:15:23.667+01:00",
                "2026-03-01 09:15:23"}) {
            fails("GET", "/settings", 200, settings.formatted(other));
        }
    }

    @Test
    void aDriverTokenHasTheSingleScopeDriverColonItsDriver() {
        String token = "{\"id\":\"t1\",\"copid\":\"acme\",\"scopes\":[%s],\"description\":\"app\",\"createdAt\":"
                + "\"2026-03-01T09:15:00.000Z\",\"revokedAt\":null,\"token\":\"pdm_x\"}";
        URI tokens = URI.create("http://127.0.0.1:3000/v3/igr/admin/tokens");
        assertDoesNotThrow(() -> OPENAPI.check("POST", tokens, 201, token.formatted("\"driver:driver 001\"")));
        assertThrows(AssertionError.class, () -> OPENAPI.check("POST", tokens, 201, token.formatted("\"driver:\"")));
        assertThrows(AssertionError.class, () -> OPENAPI.check("POST", tokens, 201, token.formatted("\"driver\"")));
    }

    @Test
    void anUnknownRouteMayOnlyBeRouteNotFound() {
        assertThrows(AssertionError.class, () -> OPENAPI.check("PATCH", URI.create(SCORES), 200, "{}"));
        assertThrows(AssertionError.class, () -> OPENAPI.check("GET", URI.create("http://127.0.0.1:3000/v3/igr/nothing-here"), 404,
                "{\"error\":{\"code\":\"forbidden\",\"message\":\"m\",\"details\":[]}}"));
    }
}
