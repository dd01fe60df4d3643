package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OAuth 2.0 as Playoff's clients use it, over HTTP through the authorizer: the client credentials grant at
 * /auth/token, and the access token (or any token) as a bearer token on every route and in the query on /v2/.
 */
@ExtendWith(SharedPodium.class)
class OAuthIT {
    private static final String FORM = "application/x-www-form-urlencoded";

    /** A company token: its id is the client id, its secret the client secret. */
    private record Client(String copid, String id, String secret) {
    }

    private static Client client(LocalPodium podium, String scopes) {
        String copid = "co-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = podium.http().post("/v3/igr/admin/tokens", podium.adminToken(),
                "{\"copid\":\"" + copid + "\",\"scopes\":[" + scopes + "],\"description\":\"playoff sdk\"}").json();
        return new Client(copid, created.get("id").asText(), created.get("token").asText());
    }

    /** As {@code curl -u id:secret -d grant_type=client_credentials} sends it. */
    private static Response grant(LocalPodium podium, Client client) {
        String basic = Base64.getEncoder().encodeToString((client.id() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
        return podium.http().request("POST", "/auth/token", Map.of("Authorization", "Basic " + basic, "Content-Type", FORM),
                "grant_type=client_credentials");
    }

    private static String accessToken(LocalPodium podium, Client client) {
        Response granted = grant(podium, client);
        assertEquals(200, granted.status(), granted.toString());
        return granted.json().get("access_token").asText();
    }

    private static Response bearer(LocalPodium podium, String method, String path, String token) {
        return podium.http().request(method, path, Map.of("Authorization", "Bearer " + token), null);
    }

    @Test
    void anAccessTokenFromBasicCredentialsReadsTheGame(LocalPodium podium) {
        Client client = client(podium, "\"game\"");
        Response granted = grant(podium, client);
        assertEquals(200, granted.status(), granted.toString());
        assertEquals("bearer", granted.json().get("token_type").asText());
        assertEquals(3600, granted.json().get("expires_in").asInt(), "the template's AccessTokenSeconds");
        assertEquals("no-store", granted.headers().firstValue("cache-control").orElse(""));
        String access = granted.json().get("access_token").asText();

        Response game = bearer(podium, "GET", "/v2/admin/", access);
        assertEquals(200, game.status(), game.toString());
        assertEquals(client.copid(), game.json().get("game").get("id").asText());
    }

    /** A Playoff SDK sends the token in the query and a JSON body with content-type application/json on every call. */
    @Test
    void theWayPlayoffsSdksCallIsAccepted(LocalPodium podium) {
        Client client = client(podium, "\"game\"");
        Response granted = podium.http().request("POST", "/auth/token", Map.of("Content-Type", "application/json"),
                "{\"client_id\":\"" + client.id() + "\",\"client_secret\":\"" + client.secret()
                        + "\",\"grant_type\":\"client_credentials\"}");
        assertEquals(200, granted.status(), granted.toString());
        String access = granted.json().get("access_token").asText();

        Response game = podium.http().request("GET", "/v2/admin?access_token=" + access,
                Map.of("Content-Type", "application/json"), "{}");
        assertEquals(200, game.status(), game.toString());
        Response renamed = podium.http().request("PATCH", "/v2/admin/?access_token=" + access,
                Map.of("Content-Type", "application/json"), "{\"title\":\"Fleet Challenge\"}");
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("Fleet Challenge", renamed.json().get("game").get("title").asText());
        assertEquals(200, podium.http().get("/v2/admin", client.secret()).status(), "x-icmr-auth-1 works there too");
    }

    @Test
    void everyRouteTakesABearerTokenButOnlyPlayoffsTakeOneInTheQuery(LocalPodium podium) {
        Client reader = client(podium, "\"read\"");
        assertEquals(200, bearer(podium, "GET", "/v3/igr/gamification/" + reader.copid() + "/metrics", reader.secret()).status());
        String access = accessToken(podium, reader);
        assertEquals(200, bearer(podium, "GET", "/v3/igr/gamification/" + reader.copid() + "/metrics", access).status());

        Response inQuery = podium.http().get("/v3/igr/gamification/" + reader.copid() + "/metrics?access_token=" + access, null);
        assertEquals(401, inQuery.status(), inQuery.toString());
        assertEquals("unauthorized", inQuery.errorCode(), "Podium's envelope on Podium's routes");
    }

    @Test
    void refusalsChallengeAsRfc6750SaysInEachRoutesShape(LocalPodium podium) {
        Response none = podium.http().request("GET", "/v2/admin", Map.of(), null);
        assertEquals(401, none.status(), none.toString());
        assertEquals("invalid_access_token", none.json().get("error").asText());
        assertEquals("Bearer realm=\"podium\"", none.headers().firstValue("www-authenticate").orElse(""));

        Response unknown = bearer(podium, "GET", "/v2/admin", "pdm_at_unknown");
        assertEquals(401, unknown.status(), unknown.toString());
        assertEquals("invalid_access_token", unknown.json().get("error").asText());
        assertEquals("Bearer realm=\"podium\", error=\"invalid_token\"", unknown.headers().firstValue("www-authenticate").orElse(""));

        Response podiums = bearer(podium, "GET", "/v3/igr/gamification/acme/metrics", "pdm_unknown");
        assertEquals(401, podiums.status());
        assertEquals("unauthorized", podiums.errorCode());
        assertEquals("Bearer realm=\"podium\", error=\"invalid_token\"", podiums.headers().firstValue("www-authenticate").orElse(""));

        Client client = client(podium, "\"game\"");
        Response two = podium.http().request("GET", "/v2/admin?access_token=" + accessToken(podium, client),
                Map.of("Authorization", "Bearer " + client.secret()), null);
        assertEquals(400, two.status(), two.toString());
        assertEquals("invalid_request", two.json().get("error").asText());

        Client driver = client(podium, "\"driver:d-1\"");
        Response scopeless = podium.http().get("/v2/admin", driver.secret());
        assertEquals(403, scopeless.status(), scopeless.toString());
        assertEquals("insufficient_scope", scopeless.json().get("error").asText());
    }

    @Test
    void badGrantsFollowRfc6749AndIssueNothing(LocalPodium podium) {
        Client client = client(podium, "\"game\"");
        Response wrong = podium.http().request("POST", "/auth/token", Map.of("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((client.id() + ":pdm_wrong").getBytes(StandardCharsets.UTF_8)),
                "Content-Type", FORM), "grant_type=client_credentials");
        assertEquals(401, wrong.status(), wrong.toString());
        assertEquals("invalid_client", wrong.json().get("error").asText());
        assertTrue(wrong.headers().firstValue("www-authenticate").orElse("").startsWith("Basic"));
        assertFalse(wrong.text().contains("pdm_wrong"), "never echoes a secret");

        Response password = podium.http().request("POST", "/auth/token", Map.of("Content-Type", FORM),
                "grant_type=password&username=a&password=b");
        assertEquals(400, password.status());
        assertEquals("unsupported_grant_type", password.json().get("error").asText());
        Response nothing = podium.http().request("POST", "/auth/token", Map.of(), null);
        assertEquals(400, nothing.status());
        assertEquals("invalid_request", nothing.json().get("error").asText());
    }

    @Test
    void anAccessTokenDiesWithItsToken(LocalPodium podium) {
        Client client = client(podium, "\"game\"");
        String access = accessToken(podium, client);
        assertEquals(200, bearer(podium, "GET", "/v2/admin", access).status());
        assertEquals(204, podium.http().delete("/v3/igr/admin/tokens/" + client.id(), podium.adminToken()).status());

        // Until the authorizer's memory of it expires, API Gateway may refuse it for its deleted API key instead.
        LocalPodium.pause(Duration.ofMillis(LocalPodium.AUTHORIZER_CACHE_SECONDS * 1000L + 500));
        Response response = bearer(podium, "GET", "/v2/admin", access);
        assertEquals(401, response.status(), response.toString());
        assertEquals("invalid_access_token", response.json().get("error").asText());
        assertEquals(401, grant(podium, client).status(), "a revoked token is no client");
    }
}
