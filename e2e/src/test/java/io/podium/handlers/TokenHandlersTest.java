package io.podium.handlers;

import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.IamPolicyResponseV1;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.podium.api.auth.TokenAuthorizerHandler;
import io.podium.api.tokens.CreateTokenHandler;
import io.podium.api.tokens.ListTokensHandler;
import io.podium.api.tokens.RevokeTokenHandler;
import io.podium.json.Json;
import io.podium.local.boot.EmbeddedPodium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.podium.handlers.Fixtures.newCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Token administration and the authorizer on their fixtures, against the Tokens table in the local DynamoDB engine. */
@ExtendWith(InProcessPodium.class)
class TokenHandlersTest {
    private static final String STAGE = "arn:aws:execute-api:eu-west-1:123456789012:abcdef1234/v1";
    /** AnonymousApiKey's value in template.yaml, as the local runtime resolves it. */
    private static final String ANONYMOUS_KEY = "podium-anonymous-podium-local-000000000000";
    /** PlatformApiKey's value in template.yaml, as the local runtime resolves it. */
    private static final String PLATFORM_KEY = "podium-platform-podium-local-000000000000";

    private static JsonNode create(String body) {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent("../events/create-token.json");
        event.setBody(body);
        APIGatewayProxyResponseEvent response = new CreateTokenHandler().handleRequest(event, null);
        assertEquals(201, response.getStatusCode(), response.getBody());
        return Json.read(response.getBody());
    }

    /** A company token's resources: its company's instantCMR paths, and Playoff's game routes. */
    private static List<String> companyResources(String copid) {
        return List.of(STAGE + "/*/v3/igr/gamification/" + copid + "/*", STAGE + "/*/v2/admin", STAGE + "/*/v2/admin/*",
                STAGE + "/*/gamification", STAGE + "/*/gamification/*");
    }

    private static IamPolicyResponseV1 authorize(String token) {
        return authorize(Map.of("X-ICMR-Auth-1", token));
    }

    private static IamPolicyResponseV1 authorize(Map<String, String> credentialHeaders) {
        APIGatewayCustomAuthorizerEvent event = EventLoader.loadAPIGatewayCustomAuthorizerEvent("../events/authorizer.json");
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.remove("x-icmr-auth-1");
        headers.putAll(credentialHeaders);
        event.setHeaders(headers);
        return new TokenAuthorizerHandler().handleRequest(event, null);
    }

    /** A request without a valid token goes on to its function, with the reason and the anonymous key. */
    private static void assertAnonymous(String reason, IamPolicyResponseV1 policy) {
        assertEquals("anonymous", policy.getPrincipalId());
        assertEquals(reason, policy.getContext().get("credentials"));
        assertEquals("", policy.getContext().get("tokenId"));
        assertEquals(List.of(STAGE + "/*/*"), allowed(policy));
        assertEquals(ANONYMOUS_KEY, policy.getUsageIdentifierKey());
    }

    /** The Allow statement's resources, read from the policy document as it is serialized for API Gateway. */
    private static List<String> allowed(IamPolicyResponseV1 policy) {
        JsonNode document = Json.mapper().valueToTree(policy.getPolicyDocument());
        assertEquals("2012-10-17", document.get("Version").asText());
        JsonNode statement = document.get("Statement").get(0);
        assertEquals("Allow", statement.get("Effect").asText());
        assertEquals("execute-api:Invoke", statement.get("Action").asText());
        List<String> resources = new ArrayList<>();
        statement.get("Resource").forEach(resource -> resources.add(resource.asText()));
        return resources;
    }

    @ParameterizedTest
    @Event(value = "../events/create-token.json", type = APIGatewayProxyRequestEvent.class)
    void aCreatedTokenAuthorizesItsCompanyUntilRevoked(APIGatewayProxyRequestEvent createEvent) {
        APIGatewayProxyResponseEvent created = new CreateTokenHandler().handleRequest(createEvent, null);
        assertEquals(201, created.getStatusCode(), created.getBody());
        JsonNode token = Json.read(created.getBody());
        assertEquals("acme", token.get("copid").asText());

        IamPolicyResponseV1 policy = authorize(token.get("token").asText());
        assertEquals(companyResources("acme"), allowed(policy));
        assertEquals(token.get("id").asText(), policy.getPrincipalId());
        assertEquals("acme", policy.getContext().get("copid"));
        assertEquals("scores:finalize scores:write", policy.getContext().get("scopes"));
        assertEquals("", policy.getContext().get("driver"), "no driver");
        String usageKey = policy.getUsageIdentifierKey();
        assertEquals(64, usageKey.length(), "the company's API key: " + usageKey);
        JsonNode sibling = create("{\"copid\":\"acme\",\"scopes\":[\"driver:u1\"],\"description\":\"app\"}");
        assertEquals(usageKey, authorize(sibling.get("token").asText()).getUsageIdentifierKey(),
                "a driver token of the company shares its key");
        JsonNode neighbour = create("{\"copid\":\"" + newCompany() + "\",\"scopes\":[\"read\"]}");
        assertNotEquals(usageKey, authorize(neighbour.get("token").asText()).getUsageIdentifierKey());

        APIGatewayProxyRequestEvent revoke = EventLoader.loadApiGatewayRestEvent("../events/revoke-token.json");
        revoke.setPathParameters(Map.of("id", token.get("id").asText()));
        assertEquals(204, new RevokeTokenHandler().handleRequest(revoke, null).getStatusCode());
        assertAnonymous("invalid", authorize(token.get("token").asText()));
    }

    @Test
    void aBearerTokenIsTheSameToken() {
        JsonNode token = create("{\"copid\":\"acme\",\"scopes\":[\"read\"],\"description\":\"bearer\"}");
        IamPolicyResponseV1 policy = authorize(Map.of("Authorization", "Bearer " + token.get("token").asText()));
        assertEquals(token.get("id").asText(), policy.getPrincipalId());
        assertEquals(companyResources("acme"), allowed(policy));

        IamPolicyResponseV1 both = authorize(Map.of("Authorization", "bearer " + token.get("token").asText(),
                "x-icmr-auth-1", token.get("token").asText()));
        assertEquals(token.get("id").asText(), both.getPrincipalId(), "the same token twice is one token");
    }

    @ParameterizedTest
    @Event(value = "../events/authorizer.json", type = APIGatewayCustomAuthorizerEvent.class)
    void unknownMissingAndConflictingTokensGoOnWithTheirReason(APIGatewayCustomAuthorizerEvent event) {
        assertAnonymous("invalid", authorize(Map.of("x-icmr-auth-1", "pdm_unknown")));
        assertAnonymous("invalid", authorize(Map.of("Authorization", "Bearer pdm_at_unknown")));
        assertAnonymous("missing", authorize(Map.of()));
        assertAnonymous("missing", authorize(Map.of("Authorization", "Basic YTpi")));
        assertAnonymous("conflicting", authorize(Map.of("Authorization", "Bearer pdm_one", "x-icmr-auth-1", "pdm_two")));

        // A token in the query counts only on Playoff's routes, whose SDKs send it there.
        JsonNode token = create("{\"copid\":\"acme\",\"scopes\":[\"game\"],\"description\":\"sdk\"}");
        event.setHeaders(Map.of());
        event.setQueryStringParameters(Map.of("access_token", token.get("token").asText()));
        assertAnonymous("missing", new TokenAuthorizerHandler().handleRequest(event, null));
        event.setResource("/v2/admin/players");
        assertEquals(token.get("id").asText(), new TokenAuthorizerHandler().handleRequest(event, null).getPrincipalId());
    }

    @ParameterizedTest
    @Event(value = "../events/list-tokens.json", type = APIGatewayProxyRequestEvent.class)
    void listsACompanysTokensWithoutSecrets(APIGatewayProxyRequestEvent listEvent) {
        String copid = newCompany();
        JsonNode token = create("{\"copid\":\"" + copid + "\",\"scopes\":[\"read\"],\"description\":\"dashboards\"}");
        listEvent.setQueryStringParameters(Map.of("copid", copid));
        APIGatewayProxyResponseEvent listed = new ListTokensHandler().handleRequest(listEvent, null);
        assertEquals(200, listed.getStatusCode());
        JsonNode entry = Json.read(listed.getBody()).get("data").get(0);
        assertEquals(token.get("id").asText(), entry.get("id").asText());
        assertEquals("dashboards", entry.get("description").asText());
        assertFalse(listed.getBody().contains(token.get("token").asText()));
    }

    /** The driver travels in the Tokens table inside its scope's name, and to the functions in a context key of its own. */
    @ParameterizedTest
    @Event(value = "../events/list-tokens.json", type = APIGatewayProxyRequestEvent.class)
    void aDriverTokenNamesItsDriverToTheFunctions(APIGatewayProxyRequestEvent listEvent) {
        String copid = newCompany();
        JsonNode token = create("{\"copid\":\"" + copid + "\",\"scopes\":[\"driver:Jane Doe 17\"],\"description\":\"app\"}");
        assertEquals("[\"driver:Jane Doe 17\"]", token.get("scopes").toString());
        listEvent.setQueryStringParameters(Map.of("copid", copid));
        JsonNode listed = Json.read(new ListTokensHandler().handleRequest(listEvent, null).getBody()).get("data").get(0);
        assertEquals("[\"driver:Jane Doe 17\"]", listed.get("scopes").toString());

        IamPolicyResponseV1 policy = authorize(token.get("token").asText());
        assertEquals(companyResources(copid), allowed(policy));
        assertEquals(copid, policy.getContext().get("copid"));
        assertEquals("driver", policy.getContext().get("scopes"));
        assertEquals("Jane Doe 17", policy.getContext().get("driver"));
    }

    @ParameterizedTest
    @Event(value = "../events/revoke-token.json", type = APIGatewayProxyRequestEvent.class)
    void revokingAnUnknownTokenIs404(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyResponseEvent response = new RevokeTokenHandler().handleRequest(event, null);
        assertEquals(404, response.getStatusCode());
        assertEquals("token_not_found", Json.read(response.getBody()).get("error").get("code").asText());
    }

    @Test
    void platformTokensReachOnlyTheAdminRoutes() {
        JsonNode admin = create("{\"scopes\":[\"admin\"],\"description\":\"ops\"}");
        IamPolicyResponseV1 policy = authorize(admin.get("token").asText());
        assertEquals(List.of(STAGE + "/*/v3/igr/admin/*"), allowed(policy));
        assertEquals("", policy.getContext().get("copid"));
        assertEquals(PLATFORM_KEY, policy.getUsageIdentifierKey(), "the platform's own key");
    }

    /** The token the runtime installed at startup is a platform token too. */
    @Test
    void aBootstrapTokenSharesThePlatformKey(EmbeddedPodium podium) {
        assertEquals(PLATFORM_KEY, authorize(podium.adminToken()).getUsageIdentifierKey());
    }
}
