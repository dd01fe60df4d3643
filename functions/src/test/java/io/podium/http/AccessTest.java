package io.podium.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import io.podium.auth.Caller;
import io.podium.auth.Scope;
import io.podium.errors.DomainException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which callers the company routes admit, a driver token above all. */
class AccessTest {
    private static final Caller READER = new Caller("r", Optional.of("acme"), Set.of(Scope.READ), Optional.empty());
    private static final Caller DRIVER = new Caller("d", Optional.of("acme"), Set.of(Scope.DRIVER), Optional.of("u 17"));
    private static final Map<String, String> OWN_STANDINGS = Map.of("copid", "acme", "userxtid", "u 17");

    private static ApiRequest request(Map<String, String> pathParameters, Caller caller) {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withPathParameters(pathParameters)
                .withRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext());
        event.getRequestContext().setAuthorizer(caller.toAuthorizerContext());
        return new ApiRequest(event);
    }

    private static DomainException refusal(Access access, Map<String, String> pathParameters, Caller caller) {
        DomainException error = assertThrows(DomainException.class, () -> access.check(request(pathParameters, caller)));
        assertEquals(403, ErrorResponses.status(error));
        return error;
    }

    @Test
    void aDriverTokenReadsItsOwnDriver() {
        assertEquals(Optional.of(DRIVER), Access.companyOrDriver(Scope.READ).check(request(OWN_STANDINGS, DRIVER)));
    }

    @Test
    void aDriverTokenIsForbiddenAnotherDriver() {
        DomainException error = refusal(Access.companyOrDriver(Scope.READ), Map.of("copid", "acme", "userxtid", "u 18"), DRIVER);
        assertEquals("forbidden", error.code());
        assertEquals("This token may only access its own driver.", error.getMessage());
        assertEquals("forbidden", refusal(Access.companyOrDriver(Scope.READ), Map.of("copid", "acme", "userxtid", "u"),
                DRIVER).code(), "a prefix of the driver id is another driver");
    }

    @Test
    void aDriverTokenOfAnotherCompanyIsForbidden() {
        Caller globexDriver = new Caller("g", Optional.of("globex"), Set.of(Scope.DRIVER), Optional.of("u 17"));
        assertEquals("This token may not access this company.",
                refusal(Access.companyOrDriver(Scope.READ), OWN_STANDINGS, globexDriver).getMessage());
    }

    @Test
    void aDriverTokenLacksTheScopeOfEveryCompanyRoute() {
        for (Scope scope : new Scope[]{Scope.READ, Scope.HUB, Scope.SCORES_WRITE, Scope.SCORES_FINALIZE}) {
            assertEquals("insufficient_scope", refusal(Access.company(scope), OWN_STANDINGS, DRIVER).code());
        }
        assertEquals("insufficient_scope", refusal(Access.platform(Scope.ADMIN), Map.of(), DRIVER).code());
    }

    @Test
    void otherTokensAreCheckedAsOnACompanyRoute() {
        Map<String, String> otherDriver = Map.of("copid", "acme", "userxtid", "u 18");
        assertEquals(Optional.of(READER), Access.companyOrDriver(Scope.READ, Scope.HUB).check(request(otherDriver, READER)));
        Caller writer = new Caller("w", Optional.of("acme"), Set.of(Scope.SCORES_WRITE), Optional.empty());
        assertEquals("insufficient_scope", refusal(Access.companyOrDriver(Scope.READ), otherDriver, writer).code());
        Caller globexReader = new Caller("g", Optional.of("globex"), Set.of(Scope.READ), Optional.empty());
        assertEquals("forbidden", refusal(Access.companyOrDriver(Scope.READ), otherDriver, globexReader).code());
    }

    /** Without the driver key in its context a driver token is no driver, and so holds no scope at all. */
    @Test
    void aContextWithoutTheDriverKeyIsNoDriver() {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withPathParameters(OWN_STANDINGS)
                .withRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext());
        event.getRequestContext().setAuthorizer(Map.of("tokenId", "d", "copid", "acme", "scopes", "driver"));
        DomainException error = assertThrows(DomainException.class, () -> Access.companyOrDriver(Scope.READ).check(new ApiRequest(event)));
        assertEquals("insufficient_scope", error.code());
    }

    @Test
    void theDriverScopeIsNoScopeARouteMayList() {
        assertThrows(IllegalArgumentException.class, () -> Access.company(Scope.READ, Scope.DRIVER));
        assertThrows(IllegalArgumentException.class, () -> Access.companyOrDriver(Scope.DRIVER));
    }
}
