package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.api.auth.IssueAccessTokenHandler;
import io.podium.auth.Scope;
import io.podium.json.Json;
import io.podium.tokens.IssuedToken;
import io.podium.tokens.TokenSecrets;
import io.podium.tokens.TokenService;
import io.podium.wiring.Wiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /auth/token on its fixture, against the Tokens table in the local DynamoDB engine. */
@ExtendWith(InProcessPodium.class)
class AccessTokenHandlersTest {
    private static final Duration LIFETIME = Duration.ofSeconds(3600);

    /** A clock the test moves, so that an access token can be seen to expire. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final TokenService tokens = new Wiring(Faults::dynamoDb, Faults::sqs, clock).tokens();

    private IssuedToken companyToken() {
        return tokens.install("pdm_oauth-" + Fixtures.newCompany(), Optional.of(Fixtures.newCompany()),
                Set.of(Scope.GAME), "sdk").orElseThrow();
    }

    private APIGatewayProxyResponseEvent post(Map<String, String> headers, String body) {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent("../events/issue-access-token.json");
        event.setHeaders(new HashMap<>(headers));
        event.setBody(body);
        return new IssueAccessTokenHandler(tokens, LIFETIME).handleRequest(event, null);
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode body(APIGatewayProxyResponseEvent response) {
        return Json.read(response.getBody());
    }

    @ParameterizedTest
    @Event(value = "../events/issue-access-token.json", type = APIGatewayProxyRequestEvent.class)
    void theFixtureIsAClientCredentialsGrantInHttpBasic(APIGatewayProxyRequestEvent event) {
        // The fixture's client is the fixtures' token (another test may have installed it already).
        tokens.install("pdm_example-token-value-not-a-real-secret", Optional.of("acme"), Set.of(Scope.GAME), "fixture");
        APIGatewayProxyResponseEvent response = new IssueAccessTokenHandler(tokens, LIFETIME).handleRequest(event, null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals("no-store", response.getHeaders().get("Cache-Control"));
        assertEquals("bearer", body(response).get("token_type").asText());
        assertEquals(3600, body(response).get("expires_in").asInt());
    }

    @Test
    void anAccessTokenActsAsItsTokenUntilItExpires() {
        IssuedToken client = companyToken();
        JsonNode form = body(post(Map.of("Authorization", basic(client.token().id(), client.secret()),
                "Content-Type", "application/x-www-form-urlencoded"), "grant_type=client_credentials"));
        String access = form.get("access_token").asText();
        assertTrue(access.startsWith("pdm_at_"), access);
        assertEquals(client.token().id(), tokens.authenticate(access).orElseThrow().token().id());
        assertEquals(clock.now.plus(LIFETIME), tokens.authenticate(access).orElseThrow().validUntil());

        clock.now = clock.now.plus(LIFETIME);
        assertEquals(Optional.empty(), tokens.authenticate(access), "expired at expires_in");
    }

    @Test
    void anAccessTokenDiesWithItsToken() {
        IssuedToken client = companyToken();
        // As Playoff's SDKs send it: JSON, credentials in the body.
        APIGatewayProxyResponseEvent response = post(Map.of("content-type", "application/json; charset=utf-8"),
                "{\"client_id\":\"" + client.token().id() + "\",\"client_secret\":\"" + client.secret()
                        + "\",\"grant_type\":\"client_credentials\"}");
        assertEquals(200, response.getStatusCode(), response.getBody());
        String access = body(response).get("access_token").asText();
        assertTrue(tokens.authenticate(access).isPresent());
        String accessId = TokenSecrets.idOf(TokenSecrets.hash(access));
        assertFalse(tokens.revoke(accessId), "an access token is no token: it is not revoked on its own");
        assertEquals(Optional.empty(), tokens.find(accessId));
        assertTrue(tokens.authenticate(access).isPresent());

        assertTrue(tokens.revoke(client.token().id()));
        assertEquals(Optional.empty(), tokens.authenticate(access));
    }

    @Test
    void refusalsFollowRfc6749() {
        IssuedToken client = companyToken();
        String id = client.token().id();
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");

        APIGatewayProxyResponseEvent wrongSecret = post(Map.of("Authorization", basic(id, "pdm_wrong"),
                "Content-Type", "application/x-www-form-urlencoded"), "grant_type=client_credentials");
        assertEquals(401, wrongSecret.getStatusCode());
        assertEquals("invalid_client", body(wrongSecret).get("error").asText());
        assertEquals("Basic realm=\"podium\"", wrongSecret.getHeaders().get("WWW-Authenticate"));
        assertFalse(body(wrongSecret).has("code"), "Playoff's error body: error and error_description");

        APIGatewayProxyResponseEvent otherId = post(form,
                "grant_type=client_credentials&client_id=0000000000aaaaaaaaaa&client_secret=" + client.secret());
        assertEquals("invalid_client", body(otherId).get("error").asText(), "the secret is another client's");

        assertEquals("unsupported_grant_type", body(post(form, "grant_type=password&client_id=" + id)).get("error").asText());
        assertEquals("invalid_request", body(post(form, "client_id=" + id)).get("error").asText());
        assertEquals("invalid_request", body(post(form, "grant_type=client_credentials&grant_type=client_credentials"))
                .get("error").asText());
        assertEquals("invalid_request", body(post(Map.of("Authorization", basic(id, client.secret()),
                "Content-Type", "application/x-www-form-urlencoded"),
                "grant_type=client_credentials&client_id=" + id)).get("error").asText());
        assertEquals("invalid_request", body(post(Map.of("Content-Type", "text/plain"), "grant_type=client_credentials"))
                .get("error").asText());
        APIGatewayProxyResponseEvent noClient = post(form, "grant_type=client_credentials");
        assertEquals(401, noClient.getStatusCode());
        assertEquals("invalid_client", body(noClient).get("error").asText());
        APIGatewayProxyResponseEvent badJson = post(Map.of("Content-Type", "application/json"), "{\"grant_type\":7}");
        assertEquals(400, badJson.getStatusCode());
        assertEquals("invalid_request", body(badJson).get("error").asText());
    }
}
