package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Playoff's invitations and join requests over HTTP, through the local runtime's IAM check: an invitation's code is
 * accepted at the public route, without a token, and an approval's driver token works as the new player.
 */
@ExtendWith(SharedPodium.class)
class InvitesIT {
    private static Response accept(LocalPodium podium, String code) {
        return podium.http().request("POST", "/v2/invites/" + code + "/accept", Map.of(), null);
    }

    @Test
    void anInvitationAcceptedWithoutATokenIsARequestWhoseApprovalMakesAPlayerAndItsDriverToken(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Response invited = acme.http().post("/v2/admin/invites", acme.token(),
                "{\"email\":\"Jane.Doe@example.com\",\"alias\":\"Jane\",\"player_id\":\"jane\"}");
        assertEquals(201, invited.status(), invited.toString());
        String code = invited.json().get("code").asText();
        assertEquals("jane.doe@example.com", invited.json().get("email").asText());

        JsonNode invites = acme.http().get("/v2/admin/invites?skip=0&limit=10", acme.token()).json();
        assertEquals(1, invites.get("total").asInt());
        assertFalse(invites.toString().contains(code), "a code is shown once");

        Response accepted = accept(podium, code);
        assertEquals(202, accepted.status(), accepted.toString());
        JsonNode request = accepted.json().get("request");
        assertEquals("jane", request.get("player_id").asText());
        assertEquals(404, accept(podium, code).status(), "once");
        assertEquals("invite_not_found", accept(podium, code).errorCode());

        JsonNode requests = acme.http().get("/v2/admin/requests", acme.token()).json();
        assertEquals(request, requests.get("data").get(0));
        assertEquals(1, requests.get("total").asInt());

        Response approved = acme.http().post("/v2/admin/requests/" + request.get("id").asText(), acme.token(), "{}");
        assertEquals(201, approved.status(), approved.toString());
        assertEquals("Jane", approved.json().get("player").get("alias").asText());
        String driverToken = approved.json().get("token").asText();
        Response level = acme.http().get("/gamification/level", driverToken);
        assertEquals(200, level.status(), "the driver token signs in as the new player: " + level);
        assertEquals(200, acme.http().get("/v2/admin/players/jane", acme.token()).status());
        assertEquals("request_not_found",
                acme.http().post("/v2/admin/requests/" + request.get("id").asText(), acme.token(), "{}").errorCode());
        assertEquals(0, acme.http().get("/v2/admin/requests", acme.token()).json().get("total").asInt());
    }

    @Test
    void aCompanyThatNeedsNoApprovalGetsThePlayerAtOnce(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Response set = acme.http().send("PUT", acme.path("/settings"), acme.token(), "{\"invitesNeedApproval\":false}");
        assertEquals(200, set.status(), set.toString());
        assertFalse(set.json().get("invitesNeedApproval").asBoolean());
        String code = acme.http().post("/v2/admin/invites", acme.token(), "{\"email\":\"bo@example.com\"}").json()
                .get("code").asText();
        Response admitted = accept(podium, code);
        assertEquals(201, admitted.status(), admitted.toString());
        assertEquals("bo", admitted.json().get("player").get("alias").asText());
        String id = admitted.json().get("player").get("id").asText();
        assertEquals(200, acme.http().get("/v2/admin/players/" + id, acme.token()).status());
        assertEquals(0, acme.http().get("/v2/admin/requests", acme.token()).json().get("total").asInt());
        assertEquals(200, acme.http().get("/gamification/level", admitted.json().get("token").asText()).status());
    }

    @Test
    void rejectionsCancellationsAndBadInputAnswerStableCodes(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Response bad = acme.http().post("/v2/admin/invites", acme.token(), "{\"email\":\"nope\"}");
        assertEquals(400, bad.status());
        assertEquals("validation_exception", bad.errorCode());
        assertEquals(0, acme.http().get("/v2/admin/invites", acme.token()).json().get("total").asInt());

        String code = acme.http().post("/v2/admin/invites", acme.token(), "{\"email\":\"cy@example.com\"}").json()
                .get("code").asText();
        String id = accept(podium, code).json().get("request").get("id").asText();
        Response rejected = acme.http().delete("/v2/admin/requests/" + id, acme.token());
        assertEquals(200, rejected.status(), rejected.toString());
        assertEquals("request_not_found", acme.http().delete("/v2/admin/requests/" + id, acme.token()).errorCode());

        String other = acme.http().post("/v2/admin/invites", acme.token(), "{\"email\":\"di@example.com\"}").json()
                .get("code").asText();
        assertEquals(200, acme.http().delete("/v2/admin/invites?email=di%40example.com", acme.token()).status());
        Response cancelled = accept(podium, other);
        assertEquals(404, cancelled.status());
        assertFalse(cancelled.text().contains(other), "an error never echoes the code");
        assertEquals("invite_not_found", acme.http().delete("/v2/admin/invites?email=di%40example.com", acme.token()).errorCode());
        assertEquals(404, accept(podium, "inv_nothing").status());
    }
}
