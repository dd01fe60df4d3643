package io.podium.local.apigateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.local.iam.IamPolicy;
import io.podium.local.lambda.LambdaFunction;
import io.podium.local.support.LocalJson;
import io.podium.local.template.FunctionSpec;
import io.podium.local.testfunctions.TestAuthorizer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class RequestAuthorizerTest {
    private static final String ITEMS = "arn:aws:execute-api:us-east-1:000000000000:Api/v1/GET/items/1";
    private static final String OTHER = "arn:aws:execute-api:us-east-1:000000000000:Api/v1/GET/items/2";

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final LambdaFunction function = new LambdaFunction(new FunctionSpec("Authorizer", "authorizer", "arn",
            TestAuthorizer.class.getName() + "::handleRequest", 3, 128, Map.of(), List.of(), new IamPolicy(List.of())), getClass().getClassLoader());

    private RequestAuthorizer authorizer(int ttlSeconds) {
        return new RequestAuthorizer("HeaderAuthorizer", function,
                List.of(new RequestAuthorizer.IdentitySource(true, "x-test-auth")), ttlSeconds, clock::get);
    }

    private static AuthorizerOutcome authorize(RequestAuthorizer authorizer, String token, String methodArn) {
        Map<String, List<String>> headers = token == null ? Map.of() : Map.of("x-test-auth", List.of(token));
        GatewayRequest request = new GatewayRequest("id", 0, "GET", "/items/1", "/items/1", headers, Map.of(), new byte[0],
                "127.0.0.1", "HTTP/1.1");
        return authorizer.authorize(request, methodArn, () -> {
            ObjectNode event = LocalJson.object();
            event.put("type", "REQUEST");
            event.put("methodArn", methodArn);
            event.putObject("headers").put("x-test-auth", token);
            return event;
        });
    }

    private static String token(String kind) {
        return kind + "-" + UUID.randomUUID();
    }

    private static void assertRejected(GatewayResponseType expected, AuthorizerOutcome outcome) {
        assertEquals(expected, assertInstanceOf(AuthorizerOutcome.Rejected.class, outcome).response());
    }

    @Test
    void aMissingIdentityHeaderIsUnauthorizedWithoutCallingTheFunction() {
        int callsBefore = TestAuthorizer.allCalls();
        assertRejected(GatewayResponseType.UNAUTHORIZED, authorize(authorizer(300), null, ITEMS));
        assertRejected(GatewayResponseType.UNAUTHORIZED, authorize(authorizer(300), "", ITEMS));
        assertEquals(callsBefore, TestAuthorizer.allCalls());
    }

    /**
     * A token that may come in a header or in the query cannot declare both as identity sources: every one must be
     * present, or the function is never called.
     */
    @Test
    void aMissingQueryIdentitySourceIsUnauthorizedToo() {
        RequestAuthorizer both = new RequestAuthorizer("Both", function, List.of(
                new RequestAuthorizer.IdentitySource(true, "x-test-auth"),
                new RequestAuthorizer.IdentitySource(false, "access_token")), 300, clock::get);
        int callsBefore = TestAuthorizer.allCalls();
        assertRejected(GatewayResponseType.UNAUTHORIZED, authorize(both, token("allow"), ITEMS));
        assertEquals(callsBefore, TestAuthorizer.allCalls());
    }

    /** Without identity sources there is no cache: the function decides every request, even one with no token. */
    @Test
    void withoutIdentitySourcesTheFunctionRunsForEveryRequest() {
        RequestAuthorizer uncached = new RequestAuthorizer("Uncached", function, List.of(), 300, clock::get);
        String token = token("allow");
        int callsBefore = TestAuthorizer.allCalls();
        assertInstanceOf(AuthorizerOutcome.Allowed.class, authorize(uncached, token, ITEMS));
        assertInstanceOf(AuthorizerOutcome.Allowed.class, authorize(uncached, token, ITEMS));
        assertRejected(GatewayResponseType.UNAUTHORIZED, authorize(uncached, null, ITEMS));
        assertEquals(callsBefore + 3, TestAuthorizer.allCalls());
    }

    @Test
    void unauthorizedFailureAndDenyMapToTheirGatewayResponses() {
        assertRejected(GatewayResponseType.UNAUTHORIZED, authorize(authorizer(300), token("unauthorized"), ITEMS));
        assertRejected(GatewayResponseType.AUTHORIZER_FAILURE, authorize(authorizer(300), token("broken"), ITEMS));
        assertRejected(GatewayResponseType.AUTHORIZER_FAILURE, authorize(authorizer(300), token("nested"), ITEMS));
        assertRejected(GatewayResponseType.ACCESS_DENIED, authorize(authorizer(300), token("deny"), ITEMS));
        assertRejected(GatewayResponseType.ACCESS_DENIED, authorize(authorizer(300), token("nothing"), ITEMS));
    }

    @Test
    void anAllowCarriesPrincipalAndContextAsStrings() {
        String token = token("allow");
        AuthorizerOutcome.Allowed allowed = assertInstanceOf(AuthorizerOutcome.Allowed.class, authorize(authorizer(300), token, ITEMS));
        assertEquals("principal-" + token, allowed.principalId());
        assertEquals(Map.of("token", token, "level", "7", "admin", "true"), allowed.context());
    }

    @Test
    void theCachedPolicyIsEvaluatedAgainForEachMethodArnUntilItExpires() {
        RequestAuthorizer authorizer = authorizer(60);
        String token = token("narrow");
        assertInstanceOf(AuthorizerOutcome.Allowed.class, authorize(authorizer, token, ITEMS));
        assertRejected(GatewayResponseType.ACCESS_DENIED, authorize(authorizer, token, OTHER));
        assertInstanceOf(AuthorizerOutcome.Allowed.class, authorize(authorizer, token, ITEMS));
        assertEquals(1, TestAuthorizer.calls(token), "served from the cache");

        clock.addAndGet(60_000);
        assertInstanceOf(AuthorizerOutcome.Allowed.class, authorize(authorizer, token, OTHER));
        assertEquals(2, TestAuthorizer.calls(token), "called again after ReauthorizeEvery");
    }

    @Test
    void aTtlOfZeroCallsTheAuthorizerEveryTime() {
        RequestAuthorizer authorizer = authorizer(0);
        String token = token("allow");
        authorize(authorizer, token, ITEMS);
        authorize(authorizer, token, ITEMS);
        assertEquals(2, TestAuthorizer.calls(token));
    }

    @Test
    void failuresAreNotCached() {
        RequestAuthorizer authorizer = authorizer(300);
        String token = token("broken");
        authorize(authorizer, token, ITEMS);
        authorize(authorizer, token, ITEMS);
        assertEquals(2, TestAuthorizer.calls(token));
    }
}
