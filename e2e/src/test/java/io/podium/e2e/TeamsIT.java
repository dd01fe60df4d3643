package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Playoff's teams over HTTP: a team of a definition, joined, handed over, found, shown in a profile, and disbanded. */
@ExtendWith(SharedPodium.class)
class TeamsIT {
    @Test
    void aTeamIsJoinedTakenOverFoundAndDisbanded(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Tenant globex = Tenant.create(podium);
        assertEquals(201, acme.http().send("PUT", "/v2/admin/definitions/teams/international", acme.token(),
                "{\"name\":\"International\",\"roles\":[\"member\",\"owner\"],\"creator_roles\":[\"owner\"],\"access\":\"PRIVATE\"}")
                .status());
        for (String player : new String[]{"{\"id\":\"danny\",\"alias\":\"Danny\"}", "{\"id\":\"rusty\",\"alias\":\"Rusty\"}"}) {
            assertEquals(201, acme.http().post("/v2/admin/players", acme.token(), player).status());
        }
        Response created = acme.http().post("/v2/admin/teams", acme.token(),
                "{\"id\":\"con_artists\",\"name\":\"Danny's Ëleven\",\"definition\":\"international\"}");
        assertEquals(201, created.status(), created.toString());
        assertEquals("PRIVATE", created.json().get("access").asText(), "the definition's, when none is asked for");
        assertEquals(1, created.json().get("number").asLong(), "the tenant's first team");
        Response shown = acme.http().get("/v2/admin/teams/con_artists", acme.token());
        assertEquals(created.json().get("number"), shown.json().get("number"), shown.toString());
        Response second = acme.http().post("/v2/admin/teams", acme.token(),
                "{\"id\":\"crew\",\"name\":\"Crew\",\"definition\":\"international\"}");
        assertEquals(2, second.json().get("number").asLong(), second.toString());
        assertEquals("[1, 2]", acme.http().get("/v2/admin/teams", acme.token()).json().findValues("number").toString(),
                "listed with their numbers, by id");

        for (String player : new String[]{"danny", "rusty"}) {
            Response joined = acme.http().post("/v2/admin/teams/con_artists/join", acme.token(),
                    "{\"player_id\":\"" + player + "\",\"requested_roles\":{\"member\":true}}");
            assertEquals("{\"member\":0}", joined.json().toString(), joined.toString());
        }
        assertEquals("{\"data\":[{\"id\":\"rusty\",\"alias\":\"Rusty\"}],\"total\":2}",
                acme.http().get("/v2/admin/teams/con_artists/members?skip=1&limit=1", acme.token()).json().toString());
        Response transferred = acme.http().post("/v2/admin/teams/con_artists/transfer", acme.token(), "{\"id\":\"rusty\"}");
        assertEquals("{\"id\":\"rusty\",\"alias\":\"Rusty\"}", transferred.json().get("owner").toString(), transferred.toString());
        assertEquals("[{\"name\":\"member\",\"count\":1},{\"name\":\"owner\",\"count\":1}]",
                transferred.json().get("member_count").toString());
        JsonNode profile = acme.http().get("/v2/admin/players/rusty", acme.token()).json();
        assertEquals("[{\"id\":\"con_artists\",\"name\":\"Danny's Ëleven\",\"definition\":{\"id\":\"international\","
                + "\"name\":\"International\"},\"roles\":[\"owner\"]}]", profile.get("teams").toString());
        assertEquals("[{\"id\":\"con_artists\",\"name\":\"Danny's Ëleven\"}]",
                acme.http().get("/v2/admin/query/teams?pattern=ele", acme.token()).json().toString());

        Response elsewhere = globex.http().get("/v2/admin/teams/con_artists", globex.token());
        assertEquals(404, elsewhere.status(), elsewhere.toString());
        assertEquals("team_not_found", elsewhere.errorCode());

        assertEquals("{\"message\":\"Team 'con_artists' disbanded successfully\"}",
                acme.http().send("DELETE", "/v2/admin/teams/con_artists", acme.token(), null).json().toString());
        assertEquals("[]", acme.http().get("/v2/admin/players/danny", acme.token()).json().get("teams").toString());
        assertEquals(404, acme.http().get("/v2/admin/teams/con_artists", acme.token()).status());
    }
}
