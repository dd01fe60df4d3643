package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A property's company, with a campaign, settings, a badge, a rank, a player and a stream event to replace, rename,
 * change and high-five (the event is a driver's new level: eco finalized, the stream awaited; a correction of that day
 * is what its valid body asks for already, so it changes nothing), the copid that fuzzed token
 * requests name, to which nothing may ever be issued, and an OAuth client (a game token of the company) whose fuzzed
 * grants may never issue an access token. Its badge is one no driver can earn, so that nothing changes
 * in the background while refusals are read back. It has no invitation: a fuzzed one that was made would show.
 */
final class FuzzCompany {
    private final LocalPodium podium;
    private final Tenant tenant;
    private final String tokenCopid;
    private final String badgeId;
    private final String rankId;
    private final String eventId;
    private final String clientId;
    private final String clientSecret;

    private FuzzCompany(LocalPodium podium, Tenant tenant, String tokenCopid, String badgeId, String rankId, String eventId,
                        String clientId, String clientSecret) {
        this.podium = podium;
        this.tenant = tenant;
        this.tokenCopid = tokenCopid;
        this.badgeId = badgeId;
        this.rankId = rankId;
        this.eventId = eventId;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    static FuzzCompany create(LocalPodium podium) {
        Tenant tenant = Tenant.create(podium);
        Response created = tenant.http().post(tenant.path("/campaigns"), tenant.token(), FuzzRoute.CAMPAIGN_REPLACE.body().valid());
        assertEquals(201, created.status(), created.toString());
        Response settings = tenant.http().send("PUT", tenant.path("/settings"), tenant.token(), "{\"autoFinalizeAfterDays\":7}");
        assertEquals(200, settings.status(), settings.toString());
        Response badge = tenant.http().post(tenant.path("/badges"), tenant.token(), FuzzRoute.BADGE_REPLACE.body().valid());
        assertEquals(201, badge.status(), badge.toString());
        Response rank = tenant.http().post(tenant.path("/ranks"), tenant.token(), FuzzRoute.RANK_CREATE.body().valid());
        assertEquals(201, rank.status(), rank.toString());
        Response player = tenant.http().post("/v2/admin/players", tenant.token(), "{\"id\":\"" + FuzzRoute.PLAYER + "\"}");
        assertEquals(201, player.status(), player.toString());
        Response metric = tenant.http().send("PUT", FuzzRoute.METRIC_DEFINITION.suffix, tenant.token(),
                FuzzRoute.METRIC_DEFINITION.body().valid());
        assertEquals(201, metric.status(), metric.toString());
        Response state = tenant.http().send("PUT", "/v2/admin/definitions/metrics/" + FuzzRoute.STATE, tenant.token(),
                "{\"name\":\"Fuzz grade\",\"type\":\"state\",\"states\":[{\"name\":\"low\"},{\"name\":\"high\"}]}");
        assertEquals(201, state.status(), state.toString());
        Response level = tenant.http().send("PUT", FuzzRoute.LEVEL_DEFINITION.suffix, tenant.token(),
                FuzzRoute.LEVEL_DEFINITION.body().valid());
        assertEquals(201, level.status(), level.toString());
        Response rule = tenant.http().send("PUT", FuzzRoute.RULE_DEFINITION.suffix, tenant.token(),
                FuzzRoute.RULE_DEFINITION.body().valid());
        assertEquals(201, rule.status(), rule.toString());
        Response board = tenant.http().send("PUT", FuzzRoute.LEADERBOARD_DEFINITION.suffix, tenant.token(),
                FuzzRoute.LEADERBOARD_DEFINITION.body().valid());
        assertEquals(201, board.status(), board.toString());
        Response definition = tenant.http().send("PUT", "/v2/admin/definitions/teams/fz_def", tenant.token(),
                "{\"name\":\"Fuzz team\",\"roles\":[\"member\",\"captain\"],\"creator_roles\":[\"captain\"],\"access\":\"PRIVATE\"}");
        assertEquals(201, definition.status(), definition.toString());
        Response team = tenant.http().post("/v2/admin/teams", tenant.token(),
                "{\"id\":\"" + FuzzRoute.TEAM + "\",\"name\":\"Fuzz team\",\"definition\":\"fz_def\"}");
        assertEquals(201, team.status(), team.toString());
        Response joined = tenant.http().post("/v2/admin/teams/" + FuzzRoute.TEAM + "/join", tenant.token(),
                "{\"player_id\":\"" + FuzzRoute.PLAYER + "\",\"requested_roles\":{\"member\":true}}");
        assertEquals(200, joined.status(), joined.toString());
        Response processDefinition = tenant.http().send("PUT", FuzzRoute.PROCESS_DEFINITION.suffix, tenant.token(),
                FuzzRoute.PROCESS_DEFINITION.body().valid());
        assertEquals(201, processDefinition.status(), processDefinition.toString());
        Response process = tenant.http().post("/v2/admin/processes", tenant.token(), "{\"id\":\"" + FuzzRoute.PROCESS
                + "\",\"name\":\"Fuzz fight\",\"definition\":\"fz_pdef\",\"owner_id\":\"" + FuzzRoute.PLAYER + "\"}");
        assertEquals(201, process.status(), process.toString());
        // d1's 10 points of eco reach level_9: the stream's one event, once the recompute has run.
        assertEquals(200, tenant.submit(Tenant.batch("eco", "2026-03-01", "d1", "10")).status());
        assertEquals(200, tenant.finalizeThrough("eco", "2026-03-01").status());
        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode stream = tenant.http().get(tenant.path("/stream"), tenant.token()).json();
        while (stream.get("data").isEmpty() && Instant.now().isBefore(deadline)) {
            LocalPodium.pause(Duration.ofMillis(100));
            stream = tenant.http().get(tenant.path("/stream"), tenant.token()).json();
        }
        assertEquals(1, stream.get("data").size(), stream.toString());
        Response client = podium.http().post("/v3/igr/admin/tokens", podium.adminToken(),
                "{\"copid\":\"" + tenant.copid() + "\",\"scopes\":[\"game\"],\"description\":\"fuzzed oauth client\"}");
        assertEquals(201, client.status(), client.toString());
        FuzzCompany company = new FuzzCompany(podium, tenant, "fz-" + UUID.randomUUID().toString().substring(0, 8),
                badge.json().get("id").asText(), rank.json().get("id").asText(), stream.get("data").get(0).get("id").asText(),
                client.json().get("id").asText(), client.json().get("token").asText());
        // The token endpoint's valid body is granted: what the properties break is all that refuses it.
        Response granted = company.send(new FuzzCase(FuzzRoute.ACCESS_TOKEN, null,
                FuzzRoute.ACCESS_TOKEN.body().valid().getBytes(StandardCharsets.UTF_8), "application/json", null, "valid"));
        assertEquals(200, granted.status(), granted.toString());
        return company;
    }

    /** Sends the case as it is, its placeholders replaced by this company's copid and ids. */
    Response send(FuzzCase c) {
        String path = (c.pathOverride() != null
                ? c.pathOverride().replace("@SELF", tenant.copid()).replace("@UPPER", tenant.copid().toUpperCase())
                : c.route() == FuzzRoute.TOKENS ? "/v3/igr/admin/tokens"
                : c.route().absolute() ? c.route().suffix : tenant.path(c.route().suffix))
                .replace("@BADGE", badgeId).replace("@RANK", rankId).replace("@EVENT", eventId);
        // The token endpoint takes its credentials in the body alone: a token beside them would be refused for that.
        String token = c.route() == FuzzRoute.TOKENS ? podium.adminToken()
                : c.route() == FuzzRoute.ACCESS_TOKEN ? null : tenant.token();
        // Only a template's placeholders are replaced: random bytes are sent as they are.
        byte[] body = new String(c.body(), StandardCharsets.ISO_8859_1).contains("@C")
                ? new String(c.body(), StandardCharsets.UTF_8).replace("@COPID", tokenCopid).replace("@CLIENT_ID", clientId)
                        .replace("@CLIENT_SECRET", clientSecret).getBytes(StandardCharsets.UTF_8)
                : c.body();
        return RawHttp.send(c.route().method, uri(path + (c.query() == null ? "" : "?" + c.query())), token, body,
                c.contentType());
    }

    JsonNode settings() {
        return read(tenant.path("/settings"), tenant.token());
    }

    /**
     * What {@code route} could write (scores and finalize: metrics; campaign routes: the campaigns; settings; tokens
     * of the company a token request names; badges; ranks; the stream and its high-fives), or all of it when
     * {@code route} is null.
     */
    Map<String, String> snapshot(FuzzRoute route) {
        Map<String, String> state = new LinkedHashMap<>();
        if (route == null || route == FuzzRoute.SCORES || route == FuzzRoute.FINALIZE || route == FuzzRoute.CORRECTIONS) {
            state.put("metrics", read(tenant.path("/metrics"), tenant.token()).get("data").toString());
        }
        if (route == null || route == FuzzRoute.CORRECTIONS) {
            state.put("eco's finalized day", read(tenant.path("/scores?metric=eco&date=2026-03-01"), tenant.token())
                    .get("scores").toString());
            state.put("corrections", read(tenant.path("/scores/corrections?metric=eco&from=2000-01-01&to=2099-12-31"),
                    tenant.token()).toString());
        }
        if (route == null || route == FuzzRoute.CAMPAIGN_CREATE || route == FuzzRoute.CAMPAIGN_REPLACE) {
            List<String> campaigns = new ArrayList<>();
            read(tenant.path("/campaigns?limit=100"), tenant.token()).get("data").forEach(cp ->
                    campaigns.add(cp.get("id").asText() + "@" + cp.get("updatedAt").asText() + ":" + cp.get("name").asText()));
            state.put("campaigns", campaigns.toString());
        }
        if (route == null || route == FuzzRoute.SETTINGS) {
            state.put("settings", settings().toString());
        }
        if (route == null || route == FuzzRoute.TOKENS) {
            state.put("tokens", read("/v3/igr/admin/tokens?copid=" + tokenCopid, podium.adminToken()).get("data").toString());
        }
        if (route == null || route == FuzzRoute.BADGE_CREATE || route == FuzzRoute.BADGE_REPLACE) {
            state.put("badges", read(tenant.path("/badges"), tenant.token()).get("data").toString());
        }
        if (route == null || route.name().contains("RANK_")) {
            state.put("ranks", read(tenant.path("/ranks?per_page=100"), tenant.token()).get("data").toString());
        }
        if (route == null || route == FuzzRoute.GAME) {
            state.put("game", read("/v2/admin", tenant.token()).toString());
        }
        if (route == null || route == FuzzRoute.PLAYER_CREATE || route == FuzzRoute.PLAYER_CHANGE) {
            state.put("players", read("/v2/admin/players?limit=100", tenant.token()).toString()
                    + read("/v2/admin/players/" + FuzzRoute.PLAYER, tenant.token()));
        }
        if (route == null || route == FuzzRoute.INVITE_CREATE) {
            state.put("invitations", read("/v2/admin/invites?limit=100", tenant.token()).toString()
                    + read("/v2/admin/requests?limit=100", tenant.token()));
        }
        if (route == null || route == FuzzRoute.TEAM_DEFINITION) {
            state.put("team definitions", read("/v2/admin/definitions/teams", tenant.token()).toString());
        }
        if (route == null || route.name().startsWith("TEAM_") && route != FuzzRoute.TEAM_DEFINITION) {
            state.put("teams", read("/v2/admin/teams?limit=100", tenant.token()).toString()
                    + read("/v2/admin/teams/" + FuzzRoute.TEAM, tenant.token())
                    + read("/v2/admin/teams/" + FuzzRoute.TEAM + "/members", tenant.token())
                    + read("/v2/admin/players/" + FuzzRoute.PLAYER, tenant.token()).get("teams"));
        }
        if (route == null || route == FuzzRoute.PROCESS_DEFINITION) {
            state.put("process definitions", read("/v2/admin/definitions/processes", tenant.token()).toString());
        }
        if (route == null || route.name().startsWith("PROCESS_") && route != FuzzRoute.PROCESS_DEFINITION) {
            String process = "/v2/admin/processes/" + FuzzRoute.PLAYER + "/" + FuzzRoute.PROCESS;
            state.put("processes", read("/v2/admin/processes?limit=100", tenant.token()).toString()
                    + read(process, tenant.token()) + read(process + "/performers", tenant.token()));
        }
        if (route == null || route == FuzzRoute.METRIC_DEFINITION || route == FuzzRoute.RULE_DEFINITION
                || route == FuzzRoute.LEVEL_DEFINITION) {
            state.put("metric definitions, levels and rules", read("/v2/admin/definitions/metrics", tenant.token()).toString()
                    + read("/v2/admin/definitions/levels", tenant.token()) + read("/v2/admin/rules", tenant.token()));
        }
        if (route == null || route == FuzzRoute.RULE_EVALUATE || route == FuzzRoute.REVERT
                || route == FuzzRoute.PLAYER_SCORES) {
            state.put("the player's values", read("/v2/admin/players/" + FuzzRoute.PLAYER, tenant.token()).get("scores").toString());
        }
        // A registration shows only on the board, once the background recompute has run: a read of it here would race
        // that recompute. What is read at once is the definitions; a refused registration's 4xx is checked as ever.
        if (route == null || route.name().startsWith("LEADERBOARD_")) {
            state.put("leaderboards", read("/v2/admin/definitions/leaderboards", tenant.token()).toString());
        }
        if (route == null || route == FuzzRoute.ACCESS_TOKEN) {
            state.put("access tokens", Integer.toString(accessTokensIssued()));
        }
        if (route == null || route == FuzzRoute.HIGH_FIVE) {
            // high_fived for d1 and the count of the event, and who high-fived it.
            state.put("stream", read(tenant.path("/stream?viewer=d1"), tenant.token()).get("data").toString());
            state.put("high-fives", read(tenant.path("/stream/" + eventId + "/high-five/users"), tenant.token())
                    .get("data").toString());
        }
        return state;
    }

    /**
     * The access tokens issued to the company's OAuth client. No route lists them, so the Tokens table is read: its
     * items with the client's token as their {@code parent}.
     */
    private int accessTokensIssued() {
        DynamoDbClient dynamo = podium.dynamoDb();
        String table = dynamo.listTables().tableNames().stream().filter(name -> name.endsWith("TokensTable"))
                .findFirst().orElseThrow();
        return dynamo.scanPaginator(scan -> scan.tableName(table).filterExpression("#parent = :client")
                        .expressionAttributeNames(Map.of("#parent", "parent"))
                        .expressionAttributeValues(Map.of(":client", AttributeValue.fromS(clientId))))
                .items().stream().mapToInt(item -> 1).sum();
    }

    private JsonNode read(String path, String token) {
        Response r = RawHttp.get(uri(path), token);
        assertEquals(200, r.status(), path + " -> " + r);
        return r.json();
    }

    private URI uri(String pathAndQuery) {
        return URI.create(podium.http().baseUrl() + pathAndQuery);
    }
}
