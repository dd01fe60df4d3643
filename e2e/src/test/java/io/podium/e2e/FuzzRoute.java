package io.podium.e2e;

import io.podium.e2e.BodyTemplate.Slot;

import java.util.List;

/**
 * The POST and PUT routes FuzzIT sends to, each with a valid body. Path ids {@code @BADGE}, {@code @RANK} and
 * {@code @EVENT} stand for the property's own (see {@link FuzzCompany}).
 */
enum FuzzRoute {
    SCORES("POST", "/scores"),
    FINALIZE("POST", "/scores/finalize"),
    /** A correction of eco's finalized day to the scores it has: valid, and no change. */
    CORRECTIONS("POST", "/scores/corrections"),
    CAMPAIGN_CREATE("POST", "/campaigns"),
    CAMPAIGN_REPLACE("PUT", "/campaigns/" + FuzzRoute.CAMPAIGN),
    SETTINGS("PUT", "/settings"),
    BADGE_CREATE("POST", "/badges"),
    BADGE_REPLACE("PUT", "/badges/@BADGE"),
    RANK_CREATE("POST", "/ranks"),
    RANK_RENAME("PUT", "/ranks/@RANK"),
    HIGH_FIVE("PUT", "/stream/@EVENT/high-five"),
    /** POST /v3/igr/admin/tokens, with the admin token. */
    TOKENS("POST", null),
    /** Playoff's routes, whose company is the token's: their paths are absolute. */
    GAME("PATCH", "/v2/admin"),
    PLAYER_CREATE("POST", "/v2/admin/players"),
    PLAYER_CHANGE("PUT", "/v2/admin/players/" + FuzzRoute.PLAYER),
    /** An invitation (accepting one, approving or rejecting a request read no body: nothing of them to fuzz). */
    INVITE_CREATE("POST", "/v2/admin/invites"),
    TEAM_DEFINITION("PUT", "/v2/admin/definitions/teams/fz_def"),
    TEAM_CREATE("POST", "/v2/admin/teams"),
    TEAM_JOIN("POST", "/v2/admin/teams/" + FuzzRoute.TEAM + "/join"),
    TEAM_LEAVE("POST", "/v2/admin/teams/" + FuzzRoute.TEAM + "/leave"),
    TEAM_ROLES("POST", "/v2/admin/teams/" + FuzzRoute.TEAM + "/roles"),
    TEAM_TRANSFER("POST", "/v2/admin/teams/" + FuzzRoute.TEAM + "/transfer"),
    PROCESS_DEFINITION("PUT", "/v2/admin/definitions/processes/fz_pdef"),
    PROCESS_CREATE("POST", "/v2/admin/processes"),
    /** A process's routes by its bare id, and by its id with the owner. */
    PROCESS_JOIN("POST", "/v2/admin/processes/" + FuzzRoute.PROCESS + "/join"),
    PROCESS_LEAVE("POST", "/v2/admin/processes/" + FuzzRoute.PROCESS + "/leave"),
    PROCESS_ROLES("POST", "/v2/admin/processes/" + FuzzRoute.PLAYER + "/" + FuzzRoute.PROCESS + "/roles"),
    PROCESS_TRANSFER("POST", "/v2/admin/processes/" + FuzzRoute.PLAYER + "/" + FuzzRoute.PROCESS + "/transfer"),
    METRIC_DEFINITION("PUT", "/v2/admin/definitions/metrics/" + FuzzRoute.METRIC),
    LEVEL_DEFINITION("PUT", "/v2/admin/definitions/levels/fz_level"),
    RULE_DEFINITION("PUT", "/v2/admin/definitions/rules/" + FuzzRoute.RULE),
    RULE_EVALUATE("POST", "/v2/admin/rules/" + FuzzRoute.RULE),
    REVERT("POST", "/v2/admin/players/" + FuzzRoute.PLAYER + "/revert"),
    LEADERBOARD_DEFINITION("PUT", "/v2/admin/definitions/leaderboards/" + FuzzRoute.BOARD),
    LEADERBOARD_REGISTER("POST", "/v2/admin/leaderboards/" + FuzzRoute.BOARD + "/register"),
    /** By hand; the body is an array (its reset reads no body, so there is nothing of it to fuzz). */
    PLAYER_SCORES("PATCH", "/v2/admin/players/" + FuzzRoute.PLAYER + "/scores"),
    /** OAuth 2.0's token endpoint, as a Playoff SDK calls it: client credentials in a JSON body, no token. */
    ACCESS_TOKEN("POST", "/auth/token"),
    /**
     * EASI'R's routes of the signed-in user, whose company is the token's: a rank as the seed creates it and renames it.
     * (Its high-five reads no body, so there is nothing of it to fuzz.)
     */
    EASIR_RANK_CREATE("POST", "/gamification/ranks"),
    EASIR_RANK_RENAME("PUT", "/gamification/ranks/@RANK");

    /** The id of the campaign each property's company has. */
    static final String CAMPAIGN = "fz-camp";
    /** The id of the player each property's company has. */
    static final String PLAYER = "fz_player";
    /** The id of the team each property's company has, of definition fz_def, with the player as a member. */
    static final String TEAM = "fz_team";
    /** The id of the process each property's company has, of definition fz_pdef, owned by the player. */
    static final String PROCESS = "fz_process";
    /** The point metric each property's company defines, and its rule, which adds to it. */
    static final String METRIC = "fz_metric";
    static final String RULE = "fz_rule";
    /** The custom leaderboard of players each property's company defines, on fz_metric. */
    static final String BOARD = "fz_board";
    /** The state metric each property's company defines, which its level (fz_level) moves by fz_metric. */
    static final String STATE = "fz_state";
    /** Rules no driver meets: a million points of eco a day, two days running. */
    private static final String UNEARNABLE_THRESHOLD = "1000000";

    final String method;
    final String suffix;

    FuzzRoute(String method, String suffix) {
        this.method = method;
        this.suffix = suffix;
    }

    /** A route of Playoff's, at an absolute path, answering refusals in Playoff's body. */
    boolean playoff() {
        return suffix != null && (suffix.startsWith("/v2/") || suffix.startsWith("/auth/"));
    }

    /** A route whose path names no company (Playoff's, EASI'R's): its suffix is the whole path. */
    boolean absolute() {
        return playoff() || suffix != null && suffix.startsWith("/gamification/");
    }

    /** The error code of a body that is not JSON: OAuth's own for the token endpoint (RFC 6749 §5.2). */
    String brokenJsonCode() {
        return this == ACCESS_TOKEN ? "invalid_request" : playoff() ? "validation_exception" : "invalid_json";
    }

    BodyTemplate body() {
        return switch (this) {
            case SCORES -> new BodyTemplate("{@metric,@date,\"scores\":[{@userxtid,@score},{\"userxtid\":\"d2\",\"score\":2}]}",
                    List.of(new Slot("metric", FieldKind.PATTERN, "\"eco\""), new Slot("date", FieldKind.DATE, "\"2026-03-01\""),
                            new Slot("userxtid", FieldKind.USERXTID, "\"d1\""), new Slot("score", FieldKind.INT32, "10")));
            case CORRECTIONS -> new BodyTemplate("{@metric,@date,@reason,\"scores\":[{@userxtid,@score}]}",
                    List.of(new Slot("metric", FieldKind.PATTERN, "\"eco\""), new Slot("date", FieldKind.DATE, "\"2026-03-01\""),
                            new Slot("reason", FieldKind.REASON, "\"fuzz\""),
                            new Slot("userxtid", FieldKind.USERXTID, "\"d1\""), new Slot("score", FieldKind.INT32, "10")));
            case FINALIZE -> new BodyTemplate("{@metric,@date}",
                    List.of(new Slot("metric", FieldKind.PATTERN, "\"eco\""), new Slot("date", FieldKind.DATE, "\"2026-03-01\"")));
            case CAMPAIGN_CREATE -> new BodyTemplate("{@id,@name,@metric,@startDate,@endDate,@aggregation,@description}",
                    campaignSlots(new Slot("id", FieldKind.CAMPAIGN_ID, "\"fz-new\"")));
            case CAMPAIGN_REPLACE -> new BodyTemplate("{@id,@name,@metric,@startDate,@endDate,@aggregation,@description}",
                    campaignSlots(new Slot("id", FieldKind.PATH_ID, "\"" + CAMPAIGN + "\"")));
            case SETTINGS -> new BodyTemplate("{@autoFinalizeAfterDays,@invitesNeedApproval}",
                    List.of(new Slot("autoFinalizeAfterDays", FieldKind.DAYS, "3"),
                            new Slot("invitesNeedApproval", FieldKind.BOOL, "true")));
            case BADGE_CREATE, BADGE_REPLACE -> new BodyTemplate(
                    "{@name,@special,@points,\"rule\":{@type,@metric,@threshold,@days}}",
                    List.of(new Slot("name", FieldKind.NAME, "\"Fuzz badge\""), new Slot("special", FieldKind.BOOL, "false"),
                            new Slot("points", FieldKind.POINTS, "5"), new Slot("type", FieldKind.PATTERN, "\"streak\""),
                            new Slot("metric", FieldKind.PATTERN, "\"eco\""),
                            new Slot("threshold", FieldKind.THRESHOLD, UNEARNABLE_THRESHOLD),
                            new Slot("days", FieldKind.STREAK_DAYS, "2")));
            case RANK_CREATE -> new BodyTemplate("{@name,@icon,@rule,\"settings\":{@metric,@denominator_metric,@min_volume}}",
                    List.of(new Slot("name", FieldKind.NAME, "\"Fuzz rank\""), new Slot("icon", FieldKind.NAME, "\"rocket\""),
                            new Slot("rule", FieldKind.PATTERN, "\"ratio\""), new Slot("metric", FieldKind.PATTERN, "\"eco\""),
                            new Slot("denominator_metric", FieldKind.PATTERN, "\"visits\""),
                            new Slot("min_volume", FieldKind.MIN_VOLUME, "10")));
            case RANK_RENAME, EASIR_RANK_RENAME -> new BodyTemplate("{@name}",
                    List.of(new Slot("name", FieldKind.NAME, "\"Fuzz rank\"")));
            case EASIR_RANK_CREATE -> new BodyTemplate("{@name,@icon,@rule,\"settings\":{@relations_path_id,@milestone_id}}",
                    List.of(new Slot("name", FieldKind.NAME, "\"Converters\""), new Slot("icon", FieldKind.NAME, "\"duck\""),
                            new Slot("rule", FieldKind.PATTERN, "\"conversion_rate\""),
                            new Slot("relations_path_id", FieldKind.PATTERN, "\"1eae431b-3d0f-4528-9c59-e9d1a40fcd04\""),
                            new Slot("milestone_id", FieldKind.PATTERN, "\"143cef92-f9b4-4fcb-b4e4-834f34915973\"")));
            case HIGH_FIVE -> new BodyTemplate("{@userxtid}", List.of(new Slot("userxtid", FieldKind.USERXTID, "\"d1\"")));
            case TOKENS -> new BodyTemplate("{@copid,@scopes,@description}",
                    List.of(new Slot("copid", FieldKind.PATTERN, "\"@COPID\""),
                            new Slot("scopes", FieldKind.SCOPES, "[\"read\",\"hub\"]"),
                            new Slot("description", FieldKind.DESCRIPTION_256, "\"fuzz\"")));
            case GAME -> new BodyTemplate("{@title,@description}", List.of(new Slot("title", FieldKind.NAME, "\"Fuzz game\""),
                    new Slot("description", FieldKind.DESCRIPTION_2000, "\"d\"")));
            case PLAYER_CREATE -> new BodyTemplate("{@id,@alias,@email}", List.of(
                    new Slot("id", FieldKind.PLAYER_ID, "\"fz_new\""), new Slot("alias", FieldKind.OPTIONAL_NAME, "\"Fuzz\""),
                    new Slot("email", FieldKind.OPTIONAL_NAME, "\"fz@example.com\"")));
            case INVITE_CREATE -> new BodyTemplate("{@email,@alias,@player_id}", List.of(
                    new Slot("email", FieldKind.PATTERN, "\"fz@example.com\""),
                    new Slot("alias", FieldKind.OPTIONAL_NAME, "\"Fuzz\""),
                    new Slot("player_id", FieldKind.OPTIONAL_PLAYER_ID, "\"fz_invited\"")));
            case PLAYER_CHANGE -> new BodyTemplate("{@alias,@job_title}", List.of(new Slot("alias", FieldKind.NAME, "\"Fuzz\""),
                    new Slot("job_title", FieldKind.OPTIONAL_NAME, "\"Driver\"")));
            case TEAM_DEFINITION -> new BodyTemplate(
                    "{@name,\"roles\":[\"member\",\"captain\"],\"creator_roles\":[\"captain\"],@access}", List.of(
                    new Slot("name", FieldKind.NAME, "\"Fuzz team\""),
                    new Slot("access", FieldKind.OPTIONAL_PATTERN, "\"PRIVATE\"")));
            case TEAM_CREATE -> new BodyTemplate("{\"id\":\"fz_new_team\",@name,@definition,@access}", List.of(
                    new Slot("name", FieldKind.NAME, "\"Fuzz crew\""), new Slot("definition", FieldKind.PATTERN, "\"fz_def\""),
                    new Slot("access", FieldKind.OPTIONAL_PATTERN, "\"PUBLIC\"")));
            case TEAM_JOIN, TEAM_ROLES -> new BodyTemplate("{@player_id,\"requested_roles\":{\"captain\":true}}",
                    List.of(new Slot("player_id", FieldKind.USERXTID, "\"" + PLAYER + "\"")));
            case TEAM_LEAVE -> new BodyTemplate("{@player_id}",
                    List.of(new Slot("player_id", FieldKind.USERXTID, "\"" + PLAYER + "\"")));
            case TEAM_TRANSFER -> new BodyTemplate("{@id,\"roles\":{\"member\":true}}",
                    List.of(new Slot("id", FieldKind.USERXTID, "\"" + PLAYER + "\"")));
            case PROCESS_DEFINITION -> new BodyTemplate(
                    "{@name,\"lanes\":[{\"name\":\"street\",\"roles\":[\"player\",\"observer\"]}]}",
                    List.of(new Slot("name", FieldKind.NAME, "\"Fuzz fight\"")));
            case PROCESS_CREATE -> new BodyTemplate("{\"id\":\"fz_new_process\",@name,@definition,@owner_id}", List.of(
                    new Slot("name", FieldKind.NAME, "\"Fuzz sparring\""), new Slot("definition", FieldKind.PATTERN, "\"fz_pdef\""),
                    new Slot("owner_id", FieldKind.USERXTID, "\"" + PLAYER + "\"")));
            case PROCESS_JOIN, PROCESS_ROLES -> new BodyTemplate("{@player_id,\"requested_roles\":{\"street\":\"observer\"}}",
                    List.of(new Slot("player_id", FieldKind.USERXTID, "\"" + PLAYER + "\"")));
            case PROCESS_LEAVE -> new BodyTemplate("{@player_id}",
                    List.of(new Slot("player_id", FieldKind.USERXTID, "\"" + PLAYER + "\"")));
            case PROCESS_TRANSFER -> new BodyTemplate("{@id,\"roles\":{\"street\":\"player\"}}",
                    List.of(new Slot("id", FieldKind.USERXTID, "\"" + PLAYER + "\"")));
            case METRIC_DEFINITION -> new BodyTemplate("{@name,@type}", List.of(new Slot("name", FieldKind.NAME, "\"Fuzz points\""),
                    new Slot("type", FieldKind.PATTERN, "\"point\"")));
            case LEVEL_DEFINITION -> new BodyTemplate("{@name,@metric,@state,\"thresholds\":[{\"state\":\"low\",\"min\":0},"
                    + "{\"state\":\"high\",\"min\":10}]}", List.of(new Slot("name", FieldKind.NAME, "\"Fuzz level\""),
                    new Slot("metric", FieldKind.PATTERN, "\"" + METRIC + "\""),
                    new Slot("state", FieldKind.PATTERN, "\"" + STATE + "\"")));
            case RULE_DEFINITION -> new BodyTemplate("{@name,\"effects\":[{@metric,@verb,\"value\":1}]}", List.of(
                    new Slot("name", FieldKind.NAME, "\"Fuzz rule\""), new Slot("metric", FieldKind.PATTERN, "\"" + METRIC + "\""),
                    new Slot("verb", FieldKind.PATTERN, "\"add\"")));
            case RULE_EVALUATE -> new BodyTemplate("{\"data\":[{\"player_ids\":[@player]}]}",
                    List.of(new Slot("player", FieldKind.USERXTID, "\"" + PLAYER + "\"")));
            case PLAYER_SCORES -> new BodyTemplate("[{@metric,@verb,\"value\":1}]", List.of(
                    new Slot("metric", FieldKind.PATTERN, "\"" + METRIC + "\""), new Slot("verb", FieldKind.PATTERN, "\"add\"")));
            case LEADERBOARD_DEFINITION -> new BodyTemplate("{@name,@entity,@metric,\"custom\":true}", List.of(
                    new Slot("name", FieldKind.NAME, "\"Fuzz board\""), new Slot("entity", FieldKind.PATTERN, "\"players\""),
                    new Slot("metric", FieldKind.PATTERN, "\"" + METRIC + "\"")));
            case LEADERBOARD_REGISTER -> new BodyTemplate("{\"entity_ids\":[@player],\"scopes\":[@scope]}", List.of(
                    new Slot("player", FieldKind.USERXTID, "\"" + PLAYER + "\""), new Slot("scope", FieldKind.PATTERN, "\"s1\"")));
            case REVERT -> new BodyTemplate("{\"event_ids\":[@event]}", List.of(new Slot("event", FieldKind.PATTERN, "\"1\"")));
            case ACCESS_TOKEN -> new BodyTemplate("{@client_id,@client_secret,@grant_type}", List.of(
                    new Slot("client_id", FieldKind.PATTERN, "\"@CLIENT_ID\""),
                    new Slot("client_secret", FieldKind.PATTERN, "\"@CLIENT_SECRET\""),
                    new Slot("grant_type", FieldKind.PATTERN, "\"client_credentials\"")));
        };
    }

    private static List<Slot> campaignSlots(Slot id) {
        return List.of(id, new Slot("name", FieldKind.NAME, "\"Fuzz\""), new Slot("metric", FieldKind.PATTERN, "\"eco\""),
                new Slot("startDate", FieldKind.DATE, "\"2026-01-01\""), new Slot("endDate", FieldKind.DATE, "\"2026-12-31\""),
                new Slot("aggregation", FieldKind.OPTIONAL_PATTERN, "\"total\""),
                new Slot("description", FieldKind.DESCRIPTION_2000, "\"d\""));
    }
}
