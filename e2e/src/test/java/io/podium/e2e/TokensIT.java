package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static io.podium.e2e.ScoresIT.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Token administration with the platform admin token. */
@ExtendWith(SharedPodium.class)
class TokensIT {
    private static final String TOKENS = "/v3/igr/admin/tokens";

    @Test
    void createsListsAndRevokes(LocalPodium podium) {
        String copid = "co-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = podium.http().post(TOKENS, podium.adminToken(),
                "{\"copid\":\"" + copid + "\",\"scopes\":[\"read\",\"scores:write\"],\"description\":\"CRM sync\"}");
        assertEquals(201, created.status(), created.toString());
        JsonNode token = created.json();
        assertTrue(token.get("token").asText().startsWith("pdm_"));
        assertEquals(copid, token.get("copid").asText());
        assertEquals("[\"read\",\"scores:write\"]", token.get("scopes").toString());
        String id = token.get("id").asText();

        Response listed = podium.http().get(TOKENS + "?copid=" + copid, podium.adminToken());
        assertEquals(200, listed.status());
        JsonNode entry = listed.json().get("data").get(0);
        assertEquals(id, entry.get("id").asText());
        assertEquals("CRM sync", entry.get("description").asText());
        assertTrue(entry.get("revokedAt").isNull());
        assertFalse(listed.text().contains(token.get("token").asText()), "a listing must never show the secret");
        assertFalse(entry.has("hash"));

        assertEquals(204, podium.http().delete(TOKENS + "/" + id, podium.adminToken()).status());
        assertEquals(204, podium.http().delete(TOKENS + "/" + id, podium.adminToken()).status(), "revoking twice is fine");
        JsonNode revoked = podium.http().get(TOKENS + "?copid=" + copid, podium.adminToken()).json().get("data").get(0);
        assertFalse(revoked.get("revokedAt").isNull());
    }

    @Test
    void createsPlatformTokens(LocalPodium podium) {
        Response created = podium.http().post(TOKENS, podium.adminToken(), "{\"scopes\":[\"admin\"],\"description\":\"ops\"}");
        assertEquals(201, created.status(), created.toString());
        assertTrue(created.json().get("copid").isNull());
        String second = created.json().get("token").asText();
        assertEquals(200, podium.http().get(TOKENS + "?copid=acme", second).status());
    }

    @Test
    void refusesBadRequests(LocalPodium podium) {
        assertRefused(podium.http().post(TOKENS, podium.adminToken(), "{\"scopes\":[\"read\"]}"), 400, "validation_failed");
        assertRefused(podium.http().post(TOKENS, podium.adminToken(), "{\"copid\":\"acme\",\"scopes\":[\"root\"]}"),
                400, "validation_failed");
        assertRefused(podium.http().post(TOKENS, podium.adminToken(), "[]"), 400, "invalid_json");
        assertRefused(podium.http().get(TOKENS, podium.adminToken()), 400, "validation_failed");
        assertRefused(podium.http().delete(TOKENS + "/0123456789abcdef0123", podium.adminToken()), 404, "token_not_found");
        assertRefused(podium.http().delete(TOKENS + "/not-an-id", podium.adminToken()), 404, "token_not_found");
    }
}
