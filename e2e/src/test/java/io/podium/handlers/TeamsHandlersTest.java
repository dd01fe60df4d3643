package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.api.players.CreatePlayerHandler;
import io.podium.api.players.GetPlayerHandler;
import io.podium.api.teams.ChangeTeamRolesHandler;
import io.podium.api.teams.CreateTeamHandler;
import io.podium.api.teams.DeleteTeamHandler;
import io.podium.api.teams.GetTeamHandler;
import io.podium.api.teams.JoinTeamHandler;
import io.podium.api.teams.LeaveTeamHandler;
import io.podium.api.teams.ListTeamMembersHandler;
import io.podium.api.teams.ListTeamsHandler;
import io.podium.api.teams.PutTeamDefinitionHandler;
import io.podium.api.teams.SearchTeamsHandler;
import io.podium.api.teams.TransferTeamHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.podium.handlers.Fixtures.asCompany;
import static io.podium.handlers.Fixtures.body;
import static io.podium.handlers.Fixtures.ok;
import static io.podium.handlers.Fixtures.refused;
import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Playoff's team routes on their fixtures, against the Game table in the local DynamoDB engine. */
@ExtendWith(InProcessPodium.class)
class TeamsHandlersTest {
    private static APIGatewayProxyRequestEvent event(String fixture, String copid) {
        return asCompany(EventLoader.loadApiGatewayRestEvent("../events/" + fixture + ".json"), copid);
    }

    /** The fixture on team {@code team} (when not null), with this body (when not null). */
    private static APIGatewayProxyRequestEvent event(String fixture, String copid, String team, String body) {
        APIGatewayProxyRequestEvent event = event(fixture, copid);
        if (team != null) {
            event.setPathParameters(Map.of("team_id", team));
        }
        if (body != null) {
            event.setBody(body);
        }
        return event;
    }

    /** A company with the seed's "international" definition and players danny, rusty and linus. */
    private static String game() {
        String copid = newCompany();
        APIGatewayProxyResponseEvent defined = new PutTeamDefinitionHandler().handleRequest(event("put-team-definition", copid), null);
        assertEquals(201, defined.getStatusCode(), defined.getBody());
        for (String player : List.of("danny", "rusty", "linus")) {
            APIGatewayProxyRequestEvent create = event("create-player", copid);
            create.setBody("{\"id\":\"" + player + "\",\"alias\":\"" + Character.toUpperCase(player.charAt(0)) + player.substring(1) + "\"}");
            assertEquals(201, new CreatePlayerHandler().handleRequest(create, null).getStatusCode());
        }
        return copid;
    }

    private static APIGatewayProxyResponseEvent create(String copid, String body) {
        return new CreateTeamHandler().handleRequest(event("create-team", copid, null, body), null);
    }

    private static APIGatewayProxyResponseEvent join(String copid, String team, String player, String roles) {
        return new JoinTeamHandler().handleRequest(event("join-team", copid, team,
                "{\"player_id\":\"" + player + "\",\"requested_roles\":" + roles + "}"), null);
    }

    private static JsonNode team(String copid, String team) {
        return ok(new GetTeamHandler().handleRequest(event("get-team", copid, team, null), null));
    }

    private static JsonNode members(String copid, String team, String skip, String limit) {
        APIGatewayProxyRequestEvent event = event("list-team-members", copid, team, null);
        event.setQueryStringParameters(Map.of("skip", skip, "limit", limit));
        return ok(new ListTeamMembersHandler().handleRequest(event, null));
    }

    private static String counts(JsonNode team) {
        return team.get("member_count").toString() + " " + team.get("total_members");
    }

    @Test
    void theFixtureCreatesATeamAsTheSeedShowsIt() {
        String copid = game();
        APIGatewayProxyResponseEvent created = new CreateTeamHandler().handleRequest(event("create-team", copid), null);
        assertEquals(201, created.getStatusCode(), created.getBody());
        JsonNode team = body(created);
        assertEquals("navi", team.get("id").asText());
        assertEquals(1, team.get("number").asLong(), "the company's first team");
        assertEquals("{\"id\":\"international\",\"name\":\"International\"}", team.get("definition").toString());
        assertEquals("PRIVATE", team.get("access").asText());
        assertTrue(team.get("owner").isNull());
        assertEquals(false, team.get("locked").asBoolean());
        assertEquals("[{\"name\":\"admin\",\"count\":0},{\"name\":\"member\",\"count\":0},{\"name\":\"owner\",\"count\":0},"
                + "{\"name\":\"super_admin\",\"count\":0}] 0", counts(team));
        assertEquals("[\"admin\",\"member\",\"owner\",\"super_admin\"]", team.get("roles").toString());
        assertEquals(team, team(copid, "navi"));

        refused(new CreateTeamHandler().handleRequest(event("create-team", copid), null), 409, "team_exists");
        refused(create(copid, "{\"name\":\"x\",\"definition\":\"local\"}"), 404, "team_definition_not_found");
        refused(new GetTeamHandler().handleRequest(event("get-team", copid, "nobody", null), null), 404, "team_not_found");

        JsonNode generated = body(create(copid, "{\"name\":\"Danny's 11\",\"definition\":\"international\",\"access\":\"PUBLIC\"}"));
        assertTrue(generated.get("id").asText().matches("danny_s_11_[a-z0-9]{6}"), generated.toString());
        assertEquals(3, generated.get("number").asLong(), "the number of the create that found navi taken is left unused");
        assertEquals("PUBLIC", generated.get("access").asText(), "looser than the definition's strictest");

        APIGatewayProxyRequestEvent list = event("list-teams", copid);
        JsonNode listed = ok(new ListTeamsHandler().handleRequest(list, null));
        assertEquals(2, listed.get("total").asInt());
        assertEquals(List.of(generated.get("id").asText(), "navi"), List.of(listed.get("data").get(0).get("id").asText(),
                listed.get("data").get(1).get("id").asText()));
        assertEquals(copid, listed.get("data").get(1).get("game_id").asText());
        assertEquals(List.of(3L, 1L), List.of(listed.get("data").get(0).get("number").asLong(),
                listed.get("data").get(1).get("number").asLong()));

        APIGatewayProxyRequestEvent search = event("search-teams", copid);
        search.setQueryStringParameters(Map.of("pattern", "DÁN"));
        assertEquals("[{\"id\":\"" + generated.get("id").asText() + "\",\"name\":\"Danny's 11\"}]",
                ok(new SearchTeamsHandler().handleRequest(search, null)).toString());
    }

    @Test
    void aTeamStricterThanItsDefinitionOrABadBodyIs400AndWritesNothing() {
        String copid = game();
        assertEquals(200, new PutTeamDefinitionHandler().handleRequest(event("put-team-definition", copid, null,
                "{\"name\":\"Local\",\"roles\":[\"member\"],\"creator_roles\":[\"member\"],\"access\":\"PROTECTED\"}"), null)
                .getStatusCode());
        for (String bad : List.of("{\"name\":\"x\",\"definition\":\"international\",\"access\":\"PRIVATE\"}",
                "{\"name\":\"x\",\"definition\":\"international\",\"access\":\"private\"}",
                "{\"id\":\"1x\",\"name\":\"x\",\"definition\":\"international\"}", "{\"name\":\"\",\"definition\":\"international\"}",
                "{\"name\":\"x\"}", "{\"name\":\"x\",\"definition\":7}", "[]", "not json")) {
            refused(create(copid, bad), 400, "validation_exception");
        }
        assertEquals(0, ok(new ListTeamsHandler().handleRequest(event("list-teams", copid), null)).get("total").asInt());
    }

    @Test
    void membersJoinChangeRolesTakeOverAndLeaveWithTheCountsFollowing() {
        String copid = game();
        assertEquals(201, new CreateTeamHandler().handleRequest(event("create-team", copid), null).getStatusCode());
        assertEquals("{\"member\":0}", ok(join(copid, "navi", "linus", "{\"member\":true}")).toString());
        assertEquals("{\"member\":0}", ok(join(copid, "navi", "linus", "{\"admin\":true}")).toString(),
                "joining again changes nothing");
        assertEquals("{\"admin\":0,\"member\":0}", ok(join(copid, "navi", "danny", "{\"member\":true,\"admin\":true}")).toString());
        refused(join(copid, "navi", "rusty", "{\"captain\":true}"), 400, "validation_exception");
        refused(join(copid, "navi", "rusty", "{\"member\":false}"), 400, "validation_exception");
        refused(join(copid, "navi", "ghost", "{\"member\":true}"), 404, "player_not_found");
        refused(join(copid, "nobody", "rusty", "{\"member\":true}"), 404, "team_not_found");
        assertEquals("[{\"name\":\"admin\",\"count\":1},{\"name\":\"member\",\"count\":2},{\"name\":\"owner\",\"count\":0},"
                + "{\"name\":\"super_admin\",\"count\":0}] 2", counts(team(copid, "navi")));
        assertEquals("{\"data\":[{\"id\":\"danny\",\"alias\":\"Danny\"},{\"id\":\"linus\",\"alias\":\"Linus\"}],\"total\":2}",
                members(copid, "navi", "0", "10").toString());
        assertEquals("{\"data\":[{\"id\":\"linus\",\"alias\":\"Linus\"}],\"total\":2}", members(copid, "navi", "1", "1").toString());

        JsonNode changed = ok(new ChangeTeamRolesHandler().handleRequest(event("change-team-roles", copid, "navi",
                "{\"player_id\":\"danny\",\"requested_roles\":{\"admin\":false,\"super_admin\":true}}"), null));
        assertEquals("{\"message\":\"You have successfully changed your roles in team navi\","
                + "\"roles\":[\"member\",\"super_admin\"]}", changed.toString());
        refused(new ChangeTeamRolesHandler().handleRequest(event("change-team-roles", copid, "navi",
                "{\"player_id\":\"linus\",\"requested_roles\":{\"member\":false}}"), null), 400, "validation_exception");
        refused(new ChangeTeamRolesHandler().handleRequest(event("change-team-roles", copid, "navi",
                "{\"player_id\":\"rusty\",\"requested_roles\":{\"member\":true}}"), null), 404, "player_not_member");

        refused(new TransferTeamHandler().handleRequest(event("transfer-team", copid, "navi", null), null), 400,
                "validation_exception");
        JsonNode transferred = ok(new TransferTeamHandler().handleRequest(event("transfer-team", copid, "navi",
                "{\"id\":\"linus\"}"), null));
        assertEquals("{\"id\":\"linus\",\"alias\":\"Linus\"}", transferred.get("owner").toString());
        assertEquals("[{\"name\":\"admin\",\"count\":1},{\"name\":\"member\",\"count\":1},{\"name\":\"owner\",\"count\":1},"
                + "{\"name\":\"super_admin\",\"count\":1}] 2", counts(transferred), "linus has the creator roles instead");

        APIGatewayProxyRequestEvent profile = event("get-player", copid);
        profile.setPathParameters(Map.of("player_id", "linus"));
        assertEquals("[{\"id\":\"navi\",\"name\":\"navi us\",\"definition\":{\"id\":\"international\",\"name\":\"International\"},"
                + "\"roles\":[\"admin\",\"owner\"]}]", ok(new GetPlayerHandler().handleRequest(profile, null)).get("teams").toString());

        APIGatewayProxyResponseEvent left = new LeaveTeamHandler().handleRequest(event("leave-team", copid, "navi",
                "{\"player_id\":\"linus\"}"), null);
        assertEquals("{\"message\":\"The player 'linus' has been removed from team 'navi'\"}", ok(left).toString());
        refused(new LeaveTeamHandler().handleRequest(event("leave-team", copid, "navi", "{\"player_id\":\"linus\"}"), null),
                404, "player_not_member");
        JsonNode after = team(copid, "navi");
        assertTrue(after.get("owner").isNull(), "an owner who leaves owns it no more");
        assertEquals("[{\"name\":\"admin\",\"count\":0},{\"name\":\"member\",\"count\":1},{\"name\":\"owner\",\"count\":0},"
                + "{\"name\":\"super_admin\",\"count\":1}] 1", counts(after));
        assertEquals("[]", ok(new GetPlayerHandler().handleRequest(profile, null)).get("teams").toString());
    }

    @Test
    void aDisbandedTeamLosesEveryMemberAndIsGone() {
        String copid = game();
        assertEquals(201, new CreateTeamHandler().handleRequest(event("create-team", copid), null).getStatusCode());
        ok(join(copid, "navi", "danny", "{\"member\":true}"));
        ok(join(copid, "navi", "rusty", "{\"member\":true}"));
        JsonNode disbanded = ok(new DeleteTeamHandler().handleRequest(event("delete-team", copid, "navi", null), null));
        assertEquals("{\"message\":\"Team 'navi' disbanded successfully\"}", disbanded.toString());
        refused(new DeleteTeamHandler().handleRequest(event("delete-team", copid, "navi", null), null), 404, "team_not_found");
        refused(new ListTeamMembersHandler().handleRequest(event("list-team-members", copid, "navi", null), null), 404,
                "team_not_found");
        refused(join(copid, "navi", "linus", "{\"member\":true}"), 404, "team_not_found");
        assertEquals(0, ok(new ListTeamsHandler().handleRequest(event("list-teams", copid), null)).get("total").asInt());
        APIGatewayProxyRequestEvent search = event("search-teams", copid);
        search.setQueryStringParameters(new HashMap<>(Map.of("pattern", "navi")));
        assertEquals("[]", ok(new SearchTeamsHandler().handleRequest(search, null)).toString());

        assertEquals(201, new CreateTeamHandler().handleRequest(event("create-team", copid), null).getStatusCode(),
                "the id is free again");
        assertEquals(0, team(copid, "navi").get("total_members").asInt());
        assertEquals(2, team(copid, "navi").get("number").asLong(), "a new team, with a number never given before");
        assertEquals("{\"data\":[],\"total\":0}", members(copid, "navi", "0", "10").toString());
    }
}
