package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.podium.local.template.TemplateRoutes;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.podium.e2e.Tenant.batch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every Api route of template.yaml × every kind of caller, against the local runtime: the expected 401, 403 or
 * 2xx, nothing written by a refusal (what a reader sees is read back before and after the refused calls),
 * no stack trace or exception text in any body, and no token or invitation code in the runtime's log.
 *
 * <p>The matrix holds one entry per route "METHOD /path": the scopes it admits (any of; "admin" for the
 * platform routes, none for /health), what a driver token ({@code driver:U}) of another driver than the sample's
 * gets, the sample request the right token sends, the status it answers and the read-back. A route added to
 * template.yaml without an entry here fails {@link #everyRouteOfTheTemplateHasAnEntry}.
 *
 * <p>The engagement routes' samples work on badges and ranks no driver can earn or move (their boards and the
 * stream are settled before the matrix runs), so that the background evaluations the right calls queue change
 * nothing a later read-back sees.
 */
@ExtendWith(SharedPodium.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantIsolationIT {
    private static final String COMPANY = "/v3/igr/gamification/{copid}";
    private static final String ADMIN = "admin";
    private static final List<String> COMPANY_SCOPES = List.of(Tenant.ALL_COMPANY_SCOPES);
    private static final String CAMPAIGN = "{\"id\":\"%s\",\"name\":\"%s\",\"metric\":\"eco\","
            + "\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-31\"}";
    /** A badge no driver earns: a million points of eco a day, two days running. */
    private static final String BADGE = "{\"name\":\"%s\",\"points\":5,"
            + "\"rule\":{\"type\":\"streak\",\"metric\":\"eco\",\"threshold\":1000000,\"days\":2}}";
    private static final String RANK = "{\"name\":\"%s\",\"icon\":\"rocket\",\"rule\":\"total\",\"settings\":{\"metric\":\"eco\"}}";
    private static final String TEAM_DEFINITION = "{\"name\":\"%s\",\"roles\":[\"member\",\"captain\"],"
            + "\"creator_roles\":[\"captain\"]}";
    private static final String METRIC_DEFINITION = "{\"name\":\"%s\",\"type\":\"point\",\"default\":0}";
    private static final String RULE = "{\"name\":\"%s\",\"effects\":[{\"metric\":\"m_put\",\"verb\":\"add\",\"value\":1}]}";
    private static final String LEADERBOARD = "{\"name\":\"%s\",\"entity\":\"players\",\"metric\":\"m_put\",\"custom\":true}";
    private static final String STATE_DEFINITION = "{\"name\":\"grade\",\"type\":\"state\",\"states\":[{\"name\":\"low\"},"
            + "{\"name\":\"high\"}]}";
    private static final String LEVEL = "{\"name\":\"%s\",\"metric\":\"m_put\",\"state\":\"s_put\",\"thresholds\":["
            + "{\"state\":\"low\",\"min\":0},{\"state\":\"high\",\"min\":10}]}";
    private static final String TEAM_ROLES = "{\"player_id\":\"p_read\",\"requested_roles\":{\"%s\":true}}";
    private static final String PROCESS_DEFINITION = "{\"name\":\"%s\",\"lanes\":[{\"name\":\"street\","
            + "\"roles\":[\"player\",\"observer\"]}]}";
    /** The victim's processes, all p_read's: each route's sample works on its own. */
    private static final List<String> PROCESSES = List.of("pr_read", "pr_del", "pr_del2", "pr_join", "pr_leave",
            "pr_roles", "pr_xfer");
    /** The driver of the matrix's driver token: the samples name d1 and d2, never d9. */
    private static final String OTHER_DRIVER = "d9";

    /** The callers of every route, in the order the matrix tries them (the right one last: it may write). */
    enum Caller { NO_TOKEN, UNKNOWN_TOKEN, REVOKED_TOKEN, OTHER_COMPANY_TOKEN, TOKEN_WITHOUT_SCOPE, OTHER_DRIVER_TOKEN, RIGHT_TOKEN }

    /** What a driver token of the victim company, of a driver the sample does not name, gets on a route. */
    enum DriverAccess {
        /** A route no driver token may use: 403 insufficient_scope (a platform route: 403 forbidden). */
        NONE,
        /** A route of drivers, where the sample acts for another driver: 403 forbidden. */
        OTHER_DRIVER_REFUSED,
        /** A route of drivers that the sample does not confine to a driver: the right token's answer. */
        ADMITTED
    }

    /** A request: method, path (parameters filled in) and body, or null. */
    record Sample(String method, String path, String body) {
    }

    /**
     * One route's row: the scopes admitting it, its sample request, the right token's status, and what a reader
     * sees of the data the route touches (compared before and after the refused calls).
     */
    record Entry(List<String> anyOf, DriverAccess driver, Function<Fixture, Sample> request, int rightStatus,
                 Function<Fixture, String> readBack, Integer otherCompanyStatus, String otherCompanyCode,
                 String withoutScopeCode) {
        Entry(List<String> anyOf, DriverAccess driver, Function<Fixture, Sample> request, int rightStatus,
              Function<Fixture, String> readBack, Integer otherCompanyStatus, String otherCompanyCode) {
            this(anyOf, driver, request, rightStatus, readBack, otherCompanyStatus, otherCompanyCode, null);
        }

        /** A Playoff route, whose company is the token's: another company's token gets {@link #otherCompanyStatus}. */
        boolean tokenCompany() {
            return otherCompanyStatus != null;
        }

        /**
         * An EASI'R route of the signed-in user, whose company is the token's too, with Podium's words: a token without
         * the scope (on a route about "me", any company token) gets {@link #withoutScopeCode}.
         */
        boolean signedIn() {
            return withoutScopeCode != null;
        }

        boolean open() {
            return anyOf.isEmpty();
        }

        boolean platform() {
            return anyOf.contains(ADMIN);
        }
    }

    private static Entry entry(List<String> anyOf, Function<Fixture, Sample> request, int rightStatus, Function<Fixture, String> readBack) {
        return new Entry(anyOf, DriverAccess.NONE, request, rightStatus, readBack, null, null);
    }

    /**
     * A Playoff route, whose company is the token's: another company's token reaches only its own game, where it
     * answers {@code otherCompanyStatus} (the read-back shows the victim's unchanged), and refusals are in Playoff's
     * words.
     */
    private static Entry gameEntry(List<String> anyOf, Function<Fixture, Sample> request, int rightStatus,
                                   int otherCompanyStatus, Function<Fixture, String> readBack) {
        return new Entry(anyOf, DriverAccess.NONE, request, rightStatus, readBack, otherCompanyStatus,
                otherCompanyStatus == 404 ? "player_not_found" : null);
    }

    /** A Playoff route of one team: another company's token finds no such team in its own game. */
    private static Entry teamEntry(List<String> anyOf, Function<Fixture, Sample> request, int rightStatus,
                                   Function<Fixture, String> readBack) {
        return new Entry(anyOf, DriverAccess.NONE, request, rightStatus, readBack, 404, "team_not_found");
    }

    /** A Playoff route of one process: another company's token finds no such process in its own game. */
    private static Entry processEntry(List<String> anyOf, Function<Fixture, Sample> request, int rightStatus,
                                      Function<Fixture, String> readBack) {
        return new Entry(anyOf, DriverAccess.NONE, request, rightStatus, readBack, 404, "process_not_found");
    }

    /**
     * An EASI'R route of the signed-in user. On a route about "me" ({@code anyOf} is a driver scope, the sample's
     * driver's), a company token is refused {@code driver_token_required}; another driver's token is that driver.
     */
    private static Entry signedInEntry(List<String> anyOf, DriverAccess driver, Function<Fixture, Sample> request,
                                       int rightStatus, Function<Fixture, String> readBack, int otherCompanyStatus,
                                       String otherCompanyCode) {
        boolean aboutMe = anyOf.stream().anyMatch(scope -> scope.startsWith("driver:"));
        return new Entry(anyOf, driver, request, rightStatus, readBack, otherCompanyStatus, otherCompanyCode,
                aboutMe ? "driver_token_required" : "insufficient_scope");
    }

    /** A route that also admits driver tokens (Access.companyOrDriver). */
    private static Entry driverEntry(List<String> anyOf, DriverAccess driver, Function<Fixture, Sample> request, int rightStatus,
                                     Function<Fixture, String> readBack) {
        return new Entry(anyOf, driver, request, rightStatus, readBack, null, null);
    }

    /** The matrix: every route of template.yaml, keyed "METHOD /path" as the template declares it. */
    static final Map<String, Entry> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /health", entry(List.of(),
                f -> new Sample("GET", "/health", null), 200, f -> ""));
        MATRIX.put("GET /hub", entry(List.of(),
                f -> new Sample("GET", "/hub/", null), 200, f -> ""));
        MATRIX.put("GET /hub/{path+}", entry(List.of(),
                f -> new Sample("GET", "/hub/campaigns", null), 200, f -> ""));

        // The token endpoint takes no token: the client's credentials are in the body, whatever header comes along.
        MATRIX.put("POST /auth/token", entry(List.of(),
                f -> new Sample("POST", "/auth/token", "{\"grant_type\":\"client_credentials\",\"client_id\":\""
                        + f.oauthClientId + "\",\"client_secret\":\"" + f.oauthClientSecret + "\"}"), 200, f -> ""));
        MATRIX.put("GET /v2/admin", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/", null), 200, 200, Fixture::game));
        MATRIX.put("PATCH /v2/admin", gameEntry(List.of("game", "hub"),
                f -> new Sample("PATCH", "/v2/admin", "{\"title\":\"Renamed by " + f.victim.copid() + "\"}"), 200, 200,
                Fixture::game));
        // Invitations and join requests. Accepting takes no token: its code is the credential, so every caller, with
        // whatever token, gets what the code alone answers: a code never issued names nothing, and nothing is written.
        MATRIX.put("GET /v2/admin/invites", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/invites?limit=100", null), 200, 200, Fixture::invites));
        MATRIX.put("POST /v2/admin/invites", gameEntry(List.of("game", "hub"),
                f -> new Sample("POST", "/v2/admin/invites", "{\"email\":\"i-new@example.com\"}"), 201, 201,
                Fixture::invites));
        MATRIX.put("DELETE /v2/admin/invites", new Entry(List.of("game", "hub"), DriverAccess.NONE,
                f -> new Sample("DELETE", "/v2/admin/invites?email=i-cancel%40example.com", null), 200, Fixture::invites,
                404, "invite_not_found"));
        MATRIX.put("POST /v2/invites/{code}/accept", entry(List.of(),
                f -> new Sample("POST", "/v2/invites/inv_" + "0".repeat(43) + "/accept", null), 404, Fixture::invites));
        MATRIX.put("GET /v2/admin/requests", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/requests?limit=100", null), 200, 200, Fixture::invites));
        MATRIX.put("POST /v2/admin/requests/{request_id}", new Entry(List.of("game", "hub"), DriverAccess.NONE,
                f -> new Sample("POST", "/v2/admin/requests/" + f.approvedRequestId, null), 201,
                f -> f.invites() + f.players(), 404, "request_not_found"));
        MATRIX.put("DELETE /v2/admin/requests/{request_id}", new Entry(List.of("game", "hub"), DriverAccess.NONE,
                f -> new Sample("DELETE", "/v2/admin/requests/" + f.rejectedRequestId, null), 200, Fixture::invites,
                404, "request_not_found"));
        MATRIX.put("GET /v2/admin/players", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/players?limit=100", null), 200, 200, Fixture::players));
        MATRIX.put("POST /v2/admin/players", gameEntry(List.of("game", "hub"),
                f -> new Sample("POST", "/v2/admin/players", "{\"id\":\"p_new\",\"alias\":\"New\"}"), 201, 201,
                Fixture::players));
        MATRIX.put("GET /v2/admin/definitions/teams", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/definitions/teams", null), 200, 200, Fixture::teamDefinitions));
        MATRIX.put("PUT /v2/admin/definitions/teams/{definition_id}", gameEntry(List.of("game", "hub"),
                f -> new Sample("PUT", "/v2/admin/definitions/teams/t_put", TEAM_DEFINITION.formatted("Renamed")), 200, 201,
                Fixture::teamDefinitions));
        MATRIX.put("PUT /v2/admin/definitions/metrics/{metric_id}", gameEntry(List.of("game", "hub"),
                f -> new Sample("PUT", "/v2/admin/definitions/metrics/m_put", METRIC_DEFINITION.formatted("Renamed")), 200, 201,
                f -> f.read("/v2/admin/definitions/metrics")));
        MATRIX.put("GET /v2/admin/definitions/metrics", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/definitions/metrics", null), 200, 200,
                f -> f.read("/v2/admin/definitions/metrics")));
        // The other game has no state metric s_put: the level does not fit its game.
        MATRIX.put("PUT /v2/admin/definitions/levels/{level_id}", gameEntry(List.of("game", "hub"),
                f -> new Sample("PUT", "/v2/admin/definitions/levels/l_put", LEVEL.formatted("Renamed")), 200, 400,
                f -> f.read("/v2/admin/definitions/levels")));
        MATRIX.put("GET /v2/admin/definitions/levels", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/definitions/levels", null), 200, 200,
                f -> f.read("/v2/admin/definitions/levels")));
        // The other game has an m_put of its own by then (the row above), so its rule is new there.
        MATRIX.put("PUT /v2/admin/definitions/rules/{rule_id}", gameEntry(List.of("game", "hub"),
                f -> new Sample("PUT", "/v2/admin/definitions/rules/r_put", RULE.formatted("Renamed")), 200, 201,
                f -> f.read("/v2/admin/rules")));
        MATRIX.put("GET /v2/admin/rules", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/rules", null), 200, 200, f -> f.read("/v2/admin/rules")));
        MATRIX.put("POST /v2/admin/rules/{rule_id}", new Entry(List.of("game", "hub"), DriverAccess.NONE,
                f -> new Sample("POST", "/v2/admin/rules/r_eval", "{\"data\":[{\"player_ids\":[\"p_read\"]}]}"), 200,
                f -> f.read("/v2/admin/players/p_read"), 404, "rule_not_found"));
        // p_read's event of r_eval is the fixture's; another game has no such player.
        MATRIX.put("POST /v2/admin/players/{player_id}/revert", gameEntry(List.of("game", "hub"),
                f -> new Sample("POST", "/v2/admin/players/p_read/revert", "{\"event_ids\":[\"" + f.ruleEventId + "\"]}"),
                200, 404, f -> f.read("/v2/admin/players/p_read")));
        MATRIX.put("PATCH /v2/admin/players/{player_id}/scores", gameEntry(List.of("game", "hub"),
                f -> new Sample("PATCH", "/v2/admin/players/p_read/scores", "[{\"metric\":\"m_put\",\"verb\":\"add\",\"value\":1}]"),
                200, 404, f -> f.read("/v2/admin/players/p_read")));
        MATRIX.put("POST /v2/admin/players/{player_id}/reset", gameEntry(List.of("game", "hub"),
                f -> new Sample("POST", "/v2/admin/players/p_read/reset", null), 200, 404,
                f -> f.read("/v2/admin/players/p_read")));
        // Custom leaderboards: the other game has an m_put of its own by then, and no lb_read. A board's scope "iso" is
        // registered in by no one, so its read-back never changes, whatever the background recompute does.
        MATRIX.put("GET /v2/admin/definitions/leaderboards", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/definitions/leaderboards", null), 200, 200,
                f -> f.read("/v2/admin/definitions/leaderboards")));
        MATRIX.put("PUT /v2/admin/definitions/leaderboards/{leaderboard_id}", gameEntry(List.of("game", "hub"),
                f -> new Sample("PUT", "/v2/admin/definitions/leaderboards/lb_put", LEADERBOARD.formatted("Renamed")), 200,
                201, f -> f.read("/v2/admin/definitions/leaderboards")));
        MATRIX.put("GET /v2/admin/leaderboards/{leaderboard_definition_id}", new Entry(List.of("game", "hub", "read"),
                DriverAccess.NONE, f -> new Sample("GET", "/v2/admin/leaderboards/lb_read?scope=iso", null), 200,
                f -> f.read("/v2/admin/leaderboards/lb_read?scope=iso"), 404, "leaderboard_definition_not_found"));
        for (String verb : List.of("register", "deregister")) {
            MATRIX.put("POST /v2/admin/leaderboards/{leaderboard_definition_id}/" + verb, new Entry(List.of("game", "hub"),
                    DriverAccess.NONE, f -> new Sample("POST", "/v2/admin/leaderboards/lb_read/" + verb,
                    "{\"entity_ids\":[\"p_read\"],\"scopes\":[\"s1\"]}"), 200,
                    f -> f.read("/v2/admin/leaderboards/lb_read?scope=iso"), 404, "leaderboard_definition_not_found"));
        }
        MATRIX.put("GET /v2/admin/teams", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/teams?limit=100", null), 200, 200, Fixture::teams));
        MATRIX.put("POST /v2/admin/teams", gameEntry(List.of("game", "hub"),
                f -> new Sample("POST", "/v2/admin/teams", "{\"id\":\"t_new\",\"name\":\"New\",\"definition\":\"t_put\"}"),
                201, 201, Fixture::teams)); // the other game has a t_put of its own by then (the row above)
        MATRIX.put("GET /v2/admin/teams/{team_id}", teamEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/teams/t_read", null), 200, f -> f.team("t_read")));
        MATRIX.put("DELETE /v2/admin/teams/{team_id}", teamEntry(List.of("game", "hub"),
                f -> new Sample("DELETE", "/v2/admin/teams/t_del", null), 200, f -> f.team("t_del")));
        MATRIX.put("POST /v2/admin/teams/{team_id}/join", teamEntry(List.of("game", "hub"),
                f -> new Sample("POST", "/v2/admin/teams/t_join/join", TEAM_ROLES.formatted("member")), 200,
                f -> f.team("t_join")));
        MATRIX.put("POST /v2/admin/teams/{team_id}/leave", teamEntry(List.of("game", "hub"),
                f -> new Sample("POST", "/v2/admin/teams/t_leave/leave", "{\"player_id\":\"p_read\"}"), 200,
                f -> f.team("t_leave")));
        MATRIX.put("GET /v2/admin/teams/{team_id}/members", teamEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/teams/t_read/members", null), 200, f -> f.team("t_read")));
        MATRIX.put("POST /v2/admin/teams/{team_id}/roles", teamEntry(List.of("game", "hub"),
                f -> new Sample("POST", "/v2/admin/teams/t_roles/roles", TEAM_ROLES.formatted("captain")), 200,
                f -> f.team("t_roles")));
        MATRIX.put("POST /v2/admin/teams/{team_id}/transfer", teamEntry(List.of("game", "hub"),
                f -> new Sample("POST", "/v2/admin/teams/t_xfer/transfer", "{\"id\":\"p_read\"}"), 200,
                f -> f.team("t_xfer")));
        MATRIX.put("GET /v2/admin/query/teams", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/query/teams?pattern=t_read", null), 200, 200, Fixture::teams));
        MATRIX.put("GET /v2/admin/query/players", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/query/players?pattern=p_read", null), 200, 200, Fixture::players));
        MATRIX.put("GET /v2/admin/validation/player/available", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/validation/player/available?value=p_free", null), 200, 200,
                Fixture::players));
        // The feeds read only; their read-backs are the feeds themselves, which no refused call may change.
        MATRIX.put("GET /v2/admin/definitions/processes", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/definitions/processes", null), 200, 200, Fixture::processDefinitions));
        MATRIX.put("PUT /v2/admin/definitions/processes/{definition_id}", gameEntry(List.of("game", "hub"),
                f -> new Sample("PUT", "/v2/admin/definitions/processes/pr_put", PROCESS_DEFINITION.formatted("Renamed")),
                200, 201, Fixture::processDefinitions));
        MATRIX.put("GET /v2/admin/processes", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/processes?limit=100", null), 200, 200, Fixture::processes));
        // The other game has a pr_put of its own by then (the row above), but no player p_read.
        MATRIX.put("POST /v2/admin/processes", gameEntry(List.of("game", "hub"),
                f -> new Sample("POST", "/v2/admin/processes", "{\"id\":\"pr_new\",\"name\":\"New\","
                        + "\"definition\":\"pr_put\",\"owner_id\":\"p_read\"}"), 201, 404, Fixture::processes));
        MATRIX.put("GET /v2/admin/query/processes", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/query/processes?pattern=pr_read", null), 200, 200, Fixture::processes));
        // Each route of one process twice, as template.yaml declares it: with the bare id, and with its owner.
        for (String form : List.of("{process_id}", "{process_id}/{process_tail}")) {
            String owner = form.equals("{process_id}") ? "" : "p_read/";
            String route = "/v2/admin/processes/" + form;
            MATRIX.put("GET " + route, processEntry(List.of("game", "hub", "read"),
                    f -> new Sample("GET", "/v2/admin/processes/" + owner + "pr_read", null), 200, f -> f.process("pr_read")));
            String deleted = owner.isEmpty() ? "pr_del" : "pr_del2";
            MATRIX.put("DELETE " + route, processEntry(List.of("game", "hub"),
                    f -> new Sample("DELETE", "/v2/admin/processes/" + owner + deleted, null), 200, f -> f.process(deleted)));
            MATRIX.put("GET " + route + "/performers", processEntry(List.of("game", "hub", "read"),
                    f -> new Sample("GET", "/v2/admin/processes/" + owner + "pr_read/performers", null), 200,
                    f -> f.process("pr_read")));
            MATRIX.put("GET " + route + "/activity", processEntry(List.of("game", "hub", "read"),
                    f -> new Sample("GET", "/v2/admin/processes/" + owner + "pr_read/activity", null), 200,
                    f -> f.process("pr_read")));
            MATRIX.put("POST " + route + "/join", processEntry(List.of("game", "hub"),
                    f -> new Sample("POST", "/v2/admin/processes/" + owner + "pr_join/join",
                            "{\"player_id\":\"p_put\",\"requested_roles\":{\"street\":\"observer\"}}"), 200,
                    f -> f.process("pr_join")));
            MATRIX.put("POST " + route + "/leave", processEntry(List.of("game", "hub"),
                    f -> new Sample("POST", "/v2/admin/processes/" + owner + "pr_leave/leave", "{\"player_id\":\"p_put\"}"),
                    200, f -> f.process("pr_leave")));
            MATRIX.put("POST " + route + "/roles", processEntry(List.of("game", "hub"),
                    f -> new Sample("POST", "/v2/admin/processes/" + owner + "pr_roles/roles",
                            "{\"player_id\":\"p_read\",\"requested_roles\":{\"street\":\"observer\"}}"), 200,
                    f -> f.process("pr_roles")));
            MATRIX.put("POST " + route + "/transfer", processEntry(List.of("game", "hub"),
                    f -> new Sample("POST", "/v2/admin/processes/" + owner + "pr_xfer/transfer", "{\"id\":\"p_put\"}"),
                    200, f -> f.process("pr_xfer")));
        }
        MATRIX.put("GET /v2/admin/activity", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/activity", null), 200, 200, f -> f.read("/v2/admin/activity")));
        MATRIX.put("GET /v2/admin/players/{player_id}/activity", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/players/p_read/activity", null), 200, 404,
                f -> f.read("/v2/admin/players/p_read/activity")));
        // A team's, like every team route: another game has no such team.
        MATRIX.put("GET /v2/admin/teams/{team_id}/activity", teamEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/teams/t_read/activity", null), 200,
                f -> f.read("/v2/admin/teams/t_read/activity")));
        MATRIX.put("GET /v2/admin/players/{player_id}", gameEntry(List.of("game", "hub", "read"),
                f -> new Sample("GET", "/v2/admin/players/p_read", null), 200, 404, f -> f.read("/v2/admin/players/p_read")));
        MATRIX.put("PUT /v2/admin/players/{player_id}", gameEntry(List.of("game", "hub"),
                f -> new Sample("PUT", "/v2/admin/players/p_put", "{\"alias\":\"Renamed\"}"), 200, 404,
                f -> f.read("/v2/admin/players/p_put")));
        MATRIX.put("PUT /v2/admin/players/{player_id}/disable", gameEntry(List.of("game", "hub"),
                f -> new Sample("PUT", "/v2/admin/players/p_off/disable", null), 200, 404,
                f -> f.read("/v2/admin/players/p_off")));
        MATRIX.put("DELETE /v2/admin/players/{player_id}", gameEntry(List.of("game", "hub"),
                f -> new Sample("DELETE", "/v2/admin/players/p_gone", null), 200, 404,
                f -> f.read("/v2/admin/players/p_gone")));
        MATRIX.put("PUT /v2/admin/players/{player_id}/enable", gameEntry(List.of("game", "hub"),
                f -> new Sample("PUT", "/v2/admin/players/p_on/enable", null), 200, 404,
                f -> f.read("/v2/admin/players/p_on")));

        MATRIX.put("POST " + COMPANY + "/scores", entry(List.of("scores:write"),
                f -> new Sample("POST", f.company("/scores"), batch("eco", "2026-03-02", "d1", "999", "d9", "1")), 200,
                f -> f.read(f.company("/scores?metric=eco&date=2026-03-02")) + f.read(f.company("/metrics"))));
        MATRIX.put("POST " + COMPANY + "/scores/finalize", entry(List.of("scores:finalize"),
                f -> new Sample("POST", f.company("/scores/finalize"), "{\"metric\":\"fin\",\"date\":\"2026-03-01\"}"), 200,
                f -> f.read(f.company("/metrics"))));
        // fix: d1's 0 of a finalized day, corrected down, so that no level rises and no event is appended behind the matrix.
        MATRIX.put("POST " + COMPANY + "/scores/corrections", entry(List.of("scores:correct"),
                f -> new Sample("POST", f.company("/scores/corrections"), "{\"metric\":\"fix\",\"date\":\"2026-03-01\","
                        + "\"reason\":\"matrix\",\"scores\":[{\"userxtid\":\"d1\",\"score\":-1}]}"), 200,
                f -> f.read(f.company("/scores/corrections?metric=fix&from=2026-03-01&to=2026-03-31"))
                        + f.read(f.company("/scores?metric=fix&date=2026-03-01"))));
        MATRIX.put("GET " + COMPANY + "/scores/corrections", entry(List.of("read", "scores:correct"),
                f -> new Sample("GET", f.company("/scores/corrections?metric=fix&from=2026-03-01&to=2026-03-31"), null), 200,
                f -> f.read(f.company("/scores/corrections?metric=fix&from=2026-03-01&to=2026-03-31"))));
        MATRIX.put("GET " + COMPANY + "/scores", entry(List.of("read"),
                f -> new Sample("GET", f.company("/scores?metric=eco&date=2026-03-01"), null), 200,
                f -> f.read(f.company("/scores?metric=eco&date=2026-03-01"))));
        MATRIX.put("GET " + COMPANY + "/metrics", entry(List.of("read"),
                f -> new Sample("GET", f.company("/metrics"), null), 200,
                f -> f.read(f.company("/metrics"))));

        MATRIX.put("POST /v3/igr/admin/tokens", entry(List.of(ADMIN),
                f -> new Sample("POST", "/v3/igr/admin/tokens",
                        "{\"copid\":\"" + f.victim.copid() + "\",\"scopes\":[\"read\"],\"description\":\"matrix\"}"), 201,
                Fixture::tokens));
        MATRIX.put("GET /v3/igr/admin/tokens", entry(List.of(ADMIN),
                f -> new Sample("GET", "/v3/igr/admin/tokens?copid=" + f.victim.copid(), null), 200,
                Fixture::tokens));
        MATRIX.put("DELETE /v3/igr/admin/tokens/{id}", entry(List.of(ADMIN),
                f -> new Sample("DELETE", "/v3/igr/admin/tokens/" + f.throwawayTokenId, null), 204,
                Fixture::tokens));
        // The standard tier, which the victim has: the rest of the run sees the same throttling. No route reads a
        // tier back, so the read-back is the company's tokens, which a refused call must leave too.
        MATRIX.put("PUT /v3/igr/admin/companies/{copid}/tier", entry(List.of(ADMIN),
                f -> new Sample("PUT", "/v3/igr/admin/companies/" + f.victim.copid() + "/tier", "{\"tier\":\"standard\"}"),
                200, Fixture::tokens));

        MATRIX.put("POST " + COMPANY + "/campaigns", entry(List.of("hub"),
                f -> new Sample("POST", f.company("/campaigns"), CAMPAIGN.formatted("matrix-new", "New")), 201,
                f -> f.read(f.company("/campaigns")) + f.read(f.company("/campaigns/matrix-new"))));
        MATRIX.put("GET " + COMPANY + "/campaigns", entry(List.of("hub", "read"),
                f -> new Sample("GET", f.company("/campaigns"), null), 200,
                f -> f.read(f.company("/campaigns"))));
        MATRIX.put("GET " + COMPANY + "/campaigns/{id}", entry(List.of("hub", "read"),
                f -> new Sample("GET", f.company("/campaigns/c-read"), null), 200,
                f -> f.read(f.company("/campaigns/c-read"))));
        MATRIX.put("PUT " + COMPANY + "/campaigns/{id}", entry(List.of("hub"),
                f -> new Sample("PUT", f.company("/campaigns/c-put"), CAMPAIGN.formatted("c-put", "Renamed")), 200,
                f -> f.read(f.company("/campaigns/c-put"))));
        MATRIX.put("DELETE " + COMPANY + "/campaigns/{id}", entry(List.of("hub"),
                f -> new Sample("DELETE", f.company("/campaigns/c-del"), null), 204,
                f -> f.read(f.company("/campaigns/c-del"))));
        MATRIX.put("GET " + COMPANY + "/campaigns/{id}/leaderboard", entry(List.of("read", "hub"),
                f -> new Sample("GET", f.company("/campaigns/c-read/leaderboard"), null), 200,
                f -> f.read(f.company("/campaigns/c-read"))));
        MATRIX.put("GET " + COMPANY + "/drivers/{userxtid}/standings", driverEntry(List.of("read", "hub"), DriverAccess.OTHER_DRIVER_REFUSED,
                f -> new Sample("GET", f.company("/drivers/d1/standings"), null), 200,
                f -> f.read(f.company("/campaigns/c-read"))));
        MATRIX.put("PUT " + COMPANY + "/settings", entry(List.of("hub"),
                f -> new Sample("PUT", f.company("/settings"), "{\"autoFinalizeAfterDays\":3}"), 200,
                f -> f.read(f.company("/settings"))));
        MATRIX.put("GET " + COMPANY + "/settings", entry(List.of("hub"),
                f -> new Sample("GET", f.company("/settings"), null), 200,
                f -> f.read(f.company("/settings"))));

        MATRIX.put("POST " + COMPANY + "/badges", entry(List.of("hub"),
                f -> new Sample("POST", f.company("/badges"), BADGE.formatted("matrix-new")), 201,
                f -> f.read(f.company("/badges"))));
        MATRIX.put("GET " + COMPANY + "/badges", entry(List.of("hub", "read"),
                f -> new Sample("GET", f.company("/badges"), null), 200,
                f -> f.read(f.company("/badges"))));
        MATRIX.put("GET " + COMPANY + "/badges/{id}", entry(List.of("hub", "read"),
                f -> new Sample("GET", f.badge("b-read"), null), 200,
                f -> f.read(f.badge("b-read"))));
        MATRIX.put("PUT " + COMPANY + "/badges/{id}", entry(List.of("hub"),
                f -> new Sample("PUT", f.badge("b-put"), BADGE.formatted("renamed")), 200,
                f -> f.read(f.badge("b-put"))));
        MATRIX.put("DELETE " + COMPANY + "/badges/{id}", entry(List.of("hub"),
                f -> new Sample("DELETE", f.badge("b-del"), null), 204,
                f -> f.read(f.badge("b-del")) + f.read(f.company("/drivers/d1/badges"))));
        MATRIX.put("GET " + COMPANY + "/drivers/{userxtid}/badges", driverEntry(List.of("read", "hub"), DriverAccess.OTHER_DRIVER_REFUSED,
                f -> new Sample("GET", f.company("/drivers/d1/badges"), null), 200,
                f -> f.read(f.company("/drivers/d1/badges"))));
        MATRIX.put("GET " + COMPANY + "/drivers/{userxtid}/level", driverEntry(List.of("read", "hub"), DriverAccess.OTHER_DRIVER_REFUSED,
                f -> new Sample("GET", f.company("/drivers/d1/level"), null), 200,
                f -> f.read(f.company("/drivers/d1/level")) + f.read(f.company("/stream?userxtid=d1"))));

        MATRIX.put("POST " + COMPANY + "/ranks", entry(List.of("hub"),
                f -> new Sample("POST", f.company("/ranks"), RANK.formatted("matrix-new")), 201,
                f -> f.read(f.company("/ranks?per_page=100"))));
        MATRIX.put("GET " + COMPANY + "/ranks", entry(List.of("hub", "read"),
                f -> new Sample("GET", f.company("/ranks?per_page=2"), null), 200,
                f -> f.read(f.company("/ranks?per_page=2"))));
        MATRIX.put("GET " + COMPANY + "/ranks/{id}", entry(List.of("hub", "read"),
                f -> new Sample("GET", f.rank("r-read"), null), 200,
                f -> f.read(f.rank("r-read"))));
        MATRIX.put("PUT " + COMPANY + "/ranks/{id}", entry(List.of("hub"),
                f -> new Sample("PUT", f.rank("r-put"), "{\"name\":\"Renamed\"}"), 200,
                f -> f.read(f.rank("r-put"))));
        MATRIX.put("DELETE " + COMPANY + "/ranks/{id}", entry(List.of("hub"),
                f -> new Sample("DELETE", f.rank("r-del"), null), 204,
                f -> f.read(f.rank("r-del")) + f.read(f.rank("r-del") + "/scores")));
        MATRIX.put("GET " + COMPANY + "/ranks/{id}/scores", driverEntry(List.of("read", "hub"), DriverAccess.OTHER_DRIVER_REFUSED,
                f -> new Sample("GET", f.rank("r-read") + "/scores?userxtid=d1", null), 200,
                f -> f.read(f.rank("r-read") + "/scores?userxtid=d1")));

        MATRIX.put("GET " + COMPANY + "/stream", driverEntry(List.of("read", "hub"), DriverAccess.OTHER_DRIVER_REFUSED,
                f -> new Sample("GET", f.company("/stream?viewer=d2"), null), 200,
                f -> f.read(f.company("/stream?viewer=d2"))));
        MATRIX.put("PUT " + COMPANY + "/stream/{event_id}/high-five", driverEntry(List.of("hub"), DriverAccess.OTHER_DRIVER_REFUSED,
                f -> new Sample("PUT", f.event() + "/high-five", "{\"userxtid\":\"d2\"}"), 204,
                f -> f.read(f.company("/stream?viewer=d2")) + f.read(f.event() + "/high-five/users")));
        MATRIX.put("GET " + COMPANY + "/stream/{event_id}/high-five/users", driverEntry(List.of("read", "hub"), DriverAccess.ADMITTED,
                f -> new Sample("GET", f.event() + "/high-five/users", null), 200,
                f -> f.read(f.event() + "/high-five/users")));
    }

    static {
        String easir = "/gamification";
        List<String> me = List.of("driver:d2");
        List<String> shared = List.of("read", "hub");
        MATRIX.put("GET /gamification/badges", signedInEntry(me, DriverAccess.ADMITTED,
                f -> new Sample("GET", easir + "/badges", null), 200,
                f -> f.read(f.company("/drivers/d2/badges")), 403, "driver_token_required"));
        MATRIX.put("GET /gamification/level", signedInEntry(me, DriverAccess.ADMITTED,
                f -> new Sample("GET", easir + "/level", null), 200,
                f -> f.read(f.company("/drivers/d2/level")), 403, "driver_token_required"));
        MATRIX.put("POST /gamification/ranks", signedInEntry(List.of("hub"), DriverAccess.NONE,
                f -> new Sample("POST", easir + "/ranks", "{\"name\":\"Top sellers\",\"icon\":\"rocket\",\"rule\":\"total_sales\"}"),
                201, f -> f.read(f.company("/ranks?per_page=100")), 201, null));
        MATRIX.put("GET /gamification/ranks", signedInEntry(shared, DriverAccess.ADMITTED,
                f -> new Sample("GET", easir + "/ranks?per_page=2", null), 200,
                f -> f.read(f.company("/ranks?per_page=2")), 200, null));
        MATRIX.put("GET /gamification/ranks/{rank_id}", signedInEntry(shared, DriverAccess.ADMITTED,
                f -> new Sample("GET", f.easirRank("r-read"), null), 200,
                f -> f.read(f.rank("r-read")), 404, "rank_not_found"));
        MATRIX.put("PUT /gamification/ranks/{rank_id}", signedInEntry(List.of("hub"), DriverAccess.NONE,
                f -> new Sample("PUT", f.easirRank("r-put"), "{\"name\":\"Best salesman\"}"), 200,
                f -> f.read(f.rank("r-put")), 404, "rank_not_found"));
        MATRIX.put("DELETE /gamification/ranks/{rank_id}", signedInEntry(List.of("hub"), DriverAccess.NONE,
                f -> new Sample("DELETE", f.easirRank("r-gone"), null), 204,
                f -> f.read(f.rank("r-gone")) + f.read(f.rank("r-gone") + "/scores"), 404, "rank_not_found"));
        MATRIX.put("GET /gamification/ranks/{rank_id}/scores", signedInEntry(shared, DriverAccess.ADMITTED,
                f -> new Sample("GET", f.easirRank("r-read") + "/scores", null), 200,
                f -> f.read(f.rank("r-read") + "/scores?userxtid=d1"), 404, "rank_not_found"));
        MATRIX.put("GET /gamification/stream", signedInEntry(shared, DriverAccess.ADMITTED,
                f -> new Sample("GET", easir + "/stream", null), 200,
                f -> f.read(f.company("/stream?viewer=d2")), 200, null));
        // Another driver's high-five is its own, and admitted: it gave it already (the fixture), so it changes nothing.
        MATRIX.put("PUT /gamification/stream/{event_id}/high-five", signedInEntry(me, DriverAccess.ADMITTED,
                f -> new Sample("PUT", f.easirEvent() + "/high-five", null), 204,
                f -> f.read(f.company("/stream?viewer=d2")) + f.read(f.event() + "/high-five/users"), 403,
                "driver_token_required"));
        MATRIX.put("GET /gamification/stream/{event_id}/high-five/users", signedInEntry(shared, DriverAccess.ADMITTED,
                f -> new Sample("GET", f.easirEvent() + "/high-five/users", null), 200,
                f -> f.read(f.event() + "/high-five/users"), 404, "event_not_found"));
    }

    /** Every token the matrix run used or saw; none may appear in the runtime's log. */
    private static final Set<String> TOKENS_USED = new LinkedHashSet<>();
    /** Every body the matrix received. */
    private static final List<String> BODIES = new ArrayList<>();

    /** The victim company, its tokens, another company, and the revoked tokens. */
    static final class Fixture {
        final LocalPodium podium;
        final Tenant victim;
        final Tenant other;
        final String revokedCompanyToken;
        final String revokedAdminToken;
        final String throwawayTokenId;
        final String otherDriverToken;
        final String oauthClientId;
        final String oauthClientSecret;
        /** The victim's badges and ranks by name ("b-read", "r-del", …): their ids. */
        private final Map<String, String> badgeIds = new HashMap<>();
        private final Map<String, String> rankIds = new HashMap<>();
        private final long eventId;
        /** p_read's event of the rule r_eval, to revert. */
        final String ruleEventId;
        /** The victim's join requests, one to approve and one to reject. */
        final String approvedRequestId;
        final String rejectedRequestId;
        private final Map<List<String>, String> rightTokens = new HashMap<>();
        private final Map<List<String>, String> tokensWithoutScope = new HashMap<>();

        Fixture(LocalPodium podium) {
            this.podium = podium;
            victim = used(Tenant.create(podium));
            other = used(Tenant.create(podium));
            assertEquals(200, victim.submit(batch("eco", "2026-03-01", "d1", "7", "d2", "5")).status());
            assertEquals(200, victim.submit(batch("fix", "2026-03-01", "d1", "0")).status());
            assertEquals(200, victim.finalizeThrough("fix", "2026-03-01").status());
            for (String id : List.of("c-read", "c-put", "c-del")) {
                Response created = http().post(company("/campaigns"), victim.token(), CAMPAIGN.formatted(id, id));
                assertEquals(201, created.status(), created.toString());
            }
            throwawayTokenId = created("{\"copid\":\"" + victim.copid() + "\",\"scopes\":[\"read\"],\"description\":\"throwaway\"}")
                    .get("id").asText();
            otherDriverToken = created("{\"copid\":\"" + victim.copid() + "\",\"scopes\":[\"driver:" + OTHER_DRIVER
                    + "\"],\"description\":\"a driver's app\"}").get("token").asText();
            for (String player : List.of("p_read", "p_put", "p_off", "p_on", "p_gone")) {
                Response created = http().post("/v2/admin/players", victim.token(), "{\"id\":\"" + player + "\"}");
                assertEquals(201, created.status(), created.toString());
            }
            assertEquals(200, http().send("PUT", "/v2/admin/players/p_on/disable", victim.token(), null).status());
            assertEquals(201, http().send("PUT", "/v2/admin/definitions/metrics/m_put", victim.token(),
                    METRIC_DEFINITION.formatted("Points")).status());
            assertEquals(201, http().send("PUT", "/v2/admin/definitions/metrics/s_put", victim.token(), STATE_DEFINITION).status());
            assertEquals(201, http().send("PUT", "/v2/admin/definitions/levels/l_put", victim.token(),
                    LEVEL.formatted("Grades")).status());
            for (String rule : List.of("r_put", "r_eval")) {
                assertEquals(201, http().send("PUT", "/v2/admin/definitions/rules/" + rule, victim.token(),
                        RULE.formatted(rule)).status());
            }
            Response evaluated = http().post("/v2/admin/rules/r_eval", victim.token(), "{\"data\":[{\"player_ids\":[\"p_read\"]}]}");
            assertEquals(200, evaluated.status(), evaluated.toString());
            ruleEventId = evaluated.json().get(0).get(0).get("events").get("local").get(0).get("id").asText();
            for (String board : List.of("lb_read", "lb_put")) {
                assertEquals(201, http().send("PUT", "/v2/admin/definitions/leaderboards/" + board, victim.token(),
                        LEADERBOARD.formatted(board)).status());
            }
            assertEquals(201, http().send("PUT", "/v2/admin/definitions/teams/t_put", victim.token(),
                    TEAM_DEFINITION.formatted("Crew")).status());
            for (String team : List.of("t_read", "t_del", "t_join", "t_leave", "t_roles", "t_xfer")) {
                Response created = http().post("/v2/admin/teams", victim.token(),
                        "{\"id\":\"" + team + "\",\"name\":\"" + team + "\",\"definition\":\"t_put\"}");
                assertEquals(201, created.status(), created.toString());
                if (!team.equals("t_join")) {
                    Response joined = http().post("/v2/admin/teams/" + team + "/join", victim.token(), TEAM_ROLES.formatted("member"));
                    assertEquals(200, joined.status(), joined.toString());
                }
            }
            assertEquals(201, http().send("PUT", "/v2/admin/definitions/processes/pr_put", victim.token(),
                    PROCESS_DEFINITION.formatted("Fight")).status());
            for (String process : PROCESSES) {
                Response created = http().post("/v2/admin/processes", victim.token(), "{\"id\":\"" + process
                        + "\",\"name\":\"" + process + "\",\"definition\":\"pr_put\",\"owner_id\":\"p_read\"}");
                assertEquals(201, created.status(), created.toString());
            }
            Response performing = http().post("/v2/admin/processes/p_read/pr_leave/join", victim.token(),
                    "{\"player_id\":\"p_put\",\"requested_roles\":{\"street\":\"observer\"}}");
            assertEquals(200, performing.status(), performing.toString());
            for (String email : List.of("i-read", "i-cancel")) {
                Response invited = http().post("/v2/admin/invites", victim.token(), "{\"email\":\"" + email + "@example.com\"}");
                assertEquals(201, invited.status(), invited.toString());
                used(invited.json().get("code").asText());
            }
            approvedRequestId = joinRequest("q_ok");
            rejectedRequestId = joinRequest("q_no");
            JsonNode oauthClient = created("{\"copid\":\"" + victim.copid() + "\",\"scopes\":[\"game\"],\"description\":\"sdk\"}");
            oauthClientId = oauthClient.get("id").asText();
            oauthClientSecret = oauthClient.get("token").asText();

            // Engagement: badges and ranks, then eco finalized so that d1 and d2 reach level_8 (7 and 5 points), and
            // the stream and r-read's board settled before anything is read back.
            for (String name : List.of("b-read", "b-put", "b-del")) {
                Response created = http().post(company("/badges"), victim.token(), BADGE.formatted(name));
                assertEquals(201, created.status(), created.toString());
                badgeIds.put(name, created.json().get("id").asText());
            }
            for (String name : List.of("r-read", "r-put", "r-del", "r-gone")) {
                Response created = http().post(company("/ranks"), victim.token(), RANK.formatted(name));
                assertEquals(201, created.status(), created.toString());
                rankIds.put(name, created.json().get("id").asText());
            }
            assertEquals(200, victim.finalizeThrough("eco", "2026-03-01").status());
            JsonNode stream = awaitJson(company("/stream"), json -> json.get("data").size() == 2);
            eventId = stream.get("data").get(0).get("id").asLong();
            Response given = http().send("PUT", easirEvent() + "/high-five", otherDriverToken, null);
            assertEquals(204, given.status(), "the matrix's other driver high-fived the event before: " + given);
            awaitJson(rank("r-read") + "/scores", json -> json.get("scores").size() == 2);

            // A company token and a platform token, each used once (so an Allow is cached), then revoked.
            JsonNode revoked = created("{\"copid\":\"" + victim.copid() + "\",\"scopes\":[\"scores:write\",\"scores:finalize\",\"read\",\"hub\"],\"description\":\"revoked\"}");
            revokedCompanyToken = revoked.get("token").asText();
            assertEquals(200, http().get(company("/metrics"), revokedCompanyToken).status());
            JsonNode admin2 = created("{\"scopes\":[\"admin\"],\"description\":\"revoked admin\"}");
            revokedAdminToken = admin2.get("token").asText();
            assertEquals(200, http().get("/v3/igr/admin/tokens?copid=" + victim.copid(), revokedAdminToken).status());
            for (JsonNode token : List.of(revoked, admin2)) {
                assertEquals(204, http().delete("/v3/igr/admin/tokens/" + token.get("id").asText(), podium.adminToken()).status());
            }
            awaitRefused(() -> http().get(company("/metrics"), revokedCompanyToken));
            awaitRefused(() -> http().get("/v3/igr/admin/tokens?copid=" + victim.copid(), revokedAdminToken));
        }

        /** The victim's invitation of a player, accepted: the id of its join request. */
        private String joinRequest(String player) {
            Response invited = http().post("/v2/admin/invites", victim.token(),
                    "{\"email\":\"" + player + "@example.com\",\"player_id\":\"" + player + "\"}");
            assertEquals(201, invited.status(), invited.toString());
            Response accepted = http().send("POST", "/v2/invites/" + used(invited.json().get("code").asText()) + "/accept",
                    null, null);
            assertEquals(202, accepted.status(), accepted.toString());
            return accepted.json().get("request").get("id").asText();
        }

        /**
         * Waits out the authorizer's memory of a revoked token: until then API Gateway may refuse it for its deleted
         * API key, in Podium's envelope on every route, where the function answers in its route's own words.
         */
        private static void awaitRefused(java.util.function.Supplier<Response> call) {
            LocalPodium.pause(Duration.ofMillis(LocalPodium.AUTHORIZER_CACHE_SECONDS * 1000L + 500));
            Response response = call.get();
            assertEquals(401, response.status(), "a revoked token still works after the cache TTL: " + response);
        }

        /** Polls what the victim's full token reads at {@code path} until it satisfies {@code settled}. */
        private JsonNode awaitJson(String path, java.util.function.Predicate<JsonNode> settled) {
            Instant deadline = Instant.now().plusSeconds(30);
            Response response = http().get(path, victim.token());
            while (!(response.status() == 200 && settled.test(response.json())) && Instant.now().isBefore(deadline)) {
                LocalPodium.pause(Duration.ofMillis(100));
                response = http().get(path, victim.token());
            }
            assertEquals(200, response.status(), response.toString());
            assertTrue(settled.test(response.json()), "not settled in 30 s: " + path + " → " + response);
            return response.json();
        }

        Http http() {
            return podium.http();
        }

        String badge(String name) {
            return company("/badges/" + badgeIds.get(name));
        }

        String rank(String name) {
            return company("/ranks/" + rankIds.get(name));
        }

        /** A rank of the victim at EASI'R's path, whose company is the token's. */
        String easirRank(String name) {
            return "/gamification/ranks/" + rankIds.get(name);
        }

        /** The newest event of the victim's stream, at EASI'R's path. */
        String easirEvent() {
            return "/gamification/stream/" + eventId;
        }

        /** The newest event of the victim's stream. */
        String event() {
            return company("/stream/" + eventId);
        }

        String company(String suffix) {
            return victim.path(suffix);
        }

        /** What the victim's full token reads at {@code path}: status and body. */
        String read(String path) {
            Response response = http().get(path, victim.token());
            // A read-back that is itself refused would prove nothing.
            assertTrue(response.status() == 200 || response.status() == 404, path + " → " + response);
            return path + " → " + response + "\n";
        }

        /** The victim's game, as its own full token reads it. */
        String game() {
            return read("/v2/admin");
        }

        String players() {
            return read("/v2/admin/players?limit=100");
        }

        String invites() {
            return read("/v2/admin/invites?limit=100") + read("/v2/admin/requests?limit=100");
        }

        String teams() {
            return read("/v2/admin/teams?limit=100") + read("/v2/admin/query/teams?limit=100");
        }

        /** A team, its members, and p_read's teams. */
        String team(String id) {
            return read("/v2/admin/teams/" + id) + read("/v2/admin/teams/" + id + "/members")
                    + read("/v2/admin/players/p_read");
        }

        String teamDefinitions() {
            return read("/v2/admin/definitions/teams");
        }

        String processes() {
            return read("/v2/admin/processes?limit=100") + read("/v2/admin/query/processes?limit=100");
        }

        /** A process of p_read's, and its performers. */
        String process(String id) {
            return read("/v2/admin/processes/p_read/" + id) + read("/v2/admin/processes/p_read/" + id + "/performers");
        }

        String processDefinitions() {
            return read("/v2/admin/definitions/processes");
        }

        String tokens() {
            Response response = http().get("/v3/igr/admin/tokens?copid=" + victim.copid(), podium.adminToken());
            assertEquals(200, response.status(), response.toString());
            return response.toString();
        }

        /** A token issued by the admin: its id and secret. */
        private JsonNode created(String json) {
            Response created = http().post("/v3/igr/admin/tokens", podium.adminToken(), json);
            assertEquals(201, created.status(), created.toString());
            used(created.json().get("token").asText());
            return created.json();
        }

        String token(Entry entry, Caller caller) {
            return switch (caller) {
                case NO_TOKEN -> null;
                case UNKNOWN_TOKEN -> used("pdm_" + UUID.randomUUID().toString().replace("-", ""));
                case REVOKED_TOKEN -> entry.platform() ? revokedAdminToken : revokedCompanyToken;
                case OTHER_COMPANY_TOKEN -> other.token();
                case OTHER_DRIVER_TOKEN -> otherDriverToken;
                // A platform route: a company token with every company scope, none of them admin.
                case TOKEN_WITHOUT_SCOPE -> entry.platform() ? victim.token()
                        : tokensWithoutScope.computeIfAbsent(entry.anyOf(), scopes -> issue(
                                COMPANY_SCOPES.stream().filter(s -> !scopes.contains(s)).toArray(String[]::new)));
                case RIGHT_TOKEN -> entry.platform() ? podium.adminToken()
                        : entry.open() ? victim.token()
                        : rightTokens.computeIfAbsent(entry.anyOf(), scopes -> issue(scopes.toArray(String[]::new)));
            };
        }

        private String issue(String... scopes) {
            return used(Tenant.withToken(podium, victim.copid(), scopes)).token();
        }

        private static Tenant used(Tenant tenant) {
            used(tenant.token());
            return tenant;
        }

        private static String used(String token) {
            synchronized (TOKENS_USED) {
                TOKENS_USED.add(token);
            }
            return token;
        }
    }

    private static Map<String, TemplateRoutes.Route> templateRoutes() {
        Path template = Path.of(System.getProperty("podium.root", "..")).resolve("template.yaml");
        Map<String, TemplateRoutes.Route> routes = new LinkedHashMap<>();
        TemplateRoutes.list(template).forEach(route -> routes.put(route.toString(), route));
        return routes;
    }

    @Test
    @Order(1)
    void everyRouteOfTheTemplateHasAnEntry() {
        Set<String> declared = new TreeSet<>(templateRoutes().keySet());
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(MATRIX.keySet());
        Set<String> stale = new TreeSet<>(MATRIX.keySet());
        stale.removeAll(declared);
        assertTrue(missing.isEmpty(), "routes of template.yaml without an entry in TenantIsolationIT.MATRIX: " + missing);
        assertTrue(stale.isEmpty(), "entries of TenantIsolationIT.MATRIX for routes template.yaml no longer declares: " + stale);
    }

    @Test
    @Order(2)
    void everyRouteAnswersEveryCallerAsExpectedAndNoRefusalWrites(LocalPodium podium) {
        Fixture fixture = new Fixture(podium);
        TOKENS_USED.add(podium.adminToken());
        int cells = 0;
        int readBacks = 0;
        List<String> failures = new ArrayList<>();
        for (String route : templateRoutes().keySet()) {
            Entry entry = MATRIX.get(route);
            if (entry == null) {
                failures.add(route + ": no entry in the matrix");
                continue;
            }
            Sample sample = entry.request().apply(fixture);
            String before = entry.readBack().apply(fixture);
            Map<Caller, Response> answers = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                if (caller == Caller.RIGHT_TOKEN) {
                    String after = entry.readBack().apply(fixture);
                    if (!entry.open()) {
                        readBacks += Caller.values().length - 1;
                    }
                    if (!before.equals(after)) {
                        failures.add(route + ": a refused call changed what a reader sees\nbefore: " + before + "\nafter:  " + after);
                    }
                }
                String token = fixture.token(entry, caller);
                Response response = fixture.http().send(sample.method(), sample.path(), token, sample.body());
                answers.put(caller, response);
                synchronized (BODIES) {
                    BODIES.add(response.text());
                }
                if (caller == Caller.RIGHT_TOKEN && (route.equals("POST /v3/igr/admin/tokens")
                        || route.equals("POST /v2/admin/requests/{request_id}")) && response.status() == 201) {
                    TOKENS_USED.add(response.json().get("token").asText());
                }
                cells++;
                String problem = check(entry, caller, token, response);
                if (problem != null) {
                    failures.add(route + " × " + caller + ": " + problem);
                }
            }
        }
        int routes = MATRIX.size();
        System.out.printf("Tenant isolation matrix: %d routes × %d callers = %d cells checked, %d refusals read back, %d tokens in use%n",
                routes, Caller.values().length, cells, readBacks, TOKENS_USED.size());
        if (!failures.isEmpty()) {
            fail(failures.size() + " cells failed:\n" + String.join("\n", failures));
        }
        assertEquals(templateRoutes().size() * Caller.values().length, cells);
    }

    /** Null when the answer is the expected one. */
    private static String check(Entry entry, Caller caller, String token, Response response) {
        int expected;
        String code;
        if (entry.open()) {
            expected = entry.rightStatus();
            code = null;
        } else if (entry.signedIn()) {
            switch (caller) {
                case NO_TOKEN, UNKNOWN_TOKEN, REVOKED_TOKEN -> {
                    expected = 401;
                    code = "unauthorized";
                }
                case OTHER_COMPANY_TOKEN -> {
                    expected = entry.otherCompanyStatus();
                    code = entry.otherCompanyCode();
                }
                case TOKEN_WITHOUT_SCOPE -> {
                    expected = 403;
                    code = entry.withoutScopeCode();
                }
                case OTHER_DRIVER_TOKEN -> {
                    expected = entry.driver() == DriverAccess.ADMITTED ? entry.rightStatus() : 403;
                    code = entry.driver() == DriverAccess.ADMITTED ? null : "insufficient_scope";
                }
                default -> {
                    expected = entry.rightStatus();
                    code = null;
                }
            }
        } else if (entry.tokenCompany()) {
            switch (caller) {
                case NO_TOKEN, UNKNOWN_TOKEN, REVOKED_TOKEN -> {
                    expected = 401;
                    code = "invalid_access_token";
                }
                case OTHER_COMPANY_TOKEN -> {
                    expected = entry.otherCompanyStatus();
                    code = entry.otherCompanyCode();
                }
                case TOKEN_WITHOUT_SCOPE, OTHER_DRIVER_TOKEN -> {
                    expected = 403;
                    code = "insufficient_scope";
                }
                default -> {
                    expected = entry.rightStatus();
                    code = null;
                }
            }
        } else {
            switch (caller) {
                case NO_TOKEN, UNKNOWN_TOKEN, REVOKED_TOKEN -> {
                    expected = 401;
                    code = "unauthorized";
                }
                case OTHER_COMPANY_TOKEN -> {
                    expected = 403;
                    code = "forbidden";
                }
                case TOKEN_WITHOUT_SCOPE -> {
                    expected = 403;
                    code = entry.platform() ? "forbidden" : "insufficient_scope";
                }
                case OTHER_DRIVER_TOKEN -> {
                    switch (entry.driver()) {
                        case NONE -> {
                            expected = 403;
                            code = entry.platform() ? "forbidden" : "insufficient_scope";
                        }
                        case OTHER_DRIVER_REFUSED -> {
                            expected = 403;
                            code = "forbidden";
                        }
                        default -> {
                            expected = entry.rightStatus();
                            code = null;
                        }
                    }
                }
                default -> {
                    expected = entry.rightStatus();
                    code = null;
                }
            }
        }
        if (response.status() != expected) {
            return "expected " + expected + ", got " + response;
        }
        if (code != null) {
            if (!code.equals(response.errorCode())) {
                return "expected error code " + code + ", got " + response;
            }
            if (token != null && response.text().contains(token)) {
                return "the refusal echoes the token";
            }
        }
        return null;
    }

    @Test
    @Order(3)
    void noBodyOfTheMatrixCarriesAStackTraceOrAnExceptionMessage() {
        assertFalse(BODIES.isEmpty(), "the matrix did not run");
        for (String body : BODIES) {
            for (String leak : List.of("Exception", "at io.", "java.")) {
                assertFalse(body.contains(leak), "a body holds \"" + leak + "\": " + body);
            }
        }
    }

    @Test
    @Order(4)
    void noTokenOfTheMatrixAppearsInTheLogs(LocalPodium podium) {
        assertFalse(TOKENS_USED.isEmpty(), "the matrix did not run");
        assertTrue(TOKENS_USED.contains(podium.adminToken()));
        String log = podium.output();
        assertTrue(log.contains("Admin token: from PODIUM_ADMIN_TOKEN"), "not the runtime's log:\n" + log);
        List<String> found = TOKENS_USED.stream().filter(log::contains).collect(Collectors.toList());
        System.out.printf("Tenant isolation matrix: %d tokens searched in %d characters of runtime log, %d found%n",
                TOKENS_USED.size(), log.length(), found.size());
        assertTrue(found.isEmpty(), found.size() + " tokens appear in the runtime's log");
        assertNotNull(log);
    }
}
