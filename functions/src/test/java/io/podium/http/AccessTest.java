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
        return request("/v3/igr/gamification/{copid}/drivers/{userxtid}/standings", pathParameters, caller);
    }

    private static ApiRequest request(String resource, Map<String, String> pathParameters, Caller caller) {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withResource(resource)
                .withPathParameters(pathParameters)
                .withRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext());
        event.getRequestContext().setAuthorizer(caller.toAuthorizerContext());
        return new ApiRequest(event);
    }

    /** A request of EASI'R's signed-in user: its route names no company. */
    private static ApiRequest signedIn(Caller caller) {
        return request("/gamification/badges", Map.of(), caller);
    }

    private static DomainException refusal(Access access, ApiRequest request) {
        DomainException error = assertThrows(DomainException.class, () -> access.check(request));
        assertEquals(403, ErrorResponses.status(error));
        return error;
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

    /** EASI'R's routes about "me": the driver of the token, whatever company token comes instead. */
    @Test
    void aRouteAboutMeNeedsADriverToken() {
        assertEquals(Optional.of(DRIVER), Access.EASIR_ME.check(signedIn(DRIVER)));
        assertEquals("driver_token_required", refusal(Access.EASIR_ME, signedIn(READER)).code());
        Caller hub = new Caller("h", Optional.of("acme"), Set.of(Scope.HUB), Optional.empty());
        assertEquals("driver_token_required", refusal(Access.EASIR_HIGH_FIVE, signedIn(hub)).code());
        assertEquals("acme", signedIn(DRIVER).company(), "the token's company");
    }

    /** The same feature at the path naming the company keeps its rules: there a reader reads any driver's. */
    @Test
    void theCompanyPathOfTheSameFeatureKeepsItsRules() {
        assertEquals(Optional.of(READER), Access.EASIR_ME.check(request(OWN_STANDINGS, READER)));
        assertEquals("forbidden", refusal(Access.EASIR_ME, Map.of("copid", "acme", "userxtid", "u 18"), DRIVER).code());
        assertEquals("acme", request(OWN_STANDINGS, READER).company());
    }

    @Test
    void sharedRoutesAdmitADriverOrTheScopeAndAdministrationTheScopeOnly() {
        assertEquals(Optional.of(DRIVER), Access.EASIR_SHARED.check(signedIn(DRIVER)));
        assertEquals(Optional.of(READER), Access.EASIR_SHARED.check(signedIn(READER)));
        Caller writer = new Caller("w", Optional.of("acme"), Set.of(Scope.SCORES_WRITE), Optional.empty());
        assertEquals("insufficient_scope", refusal(Access.EASIR_SHARED, signedIn(writer)).code());
        assertEquals("insufficient_scope", refusal(Access.EASIR_ADMIN, signedIn(DRIVER)).code());
        assertEquals("insufficient_scope", refusal(Access.EASIR_ADMIN, signedIn(READER)).code());
        Caller platform = new Caller("p", Optional.empty(), Set.of(Scope.ADMIN), Optional.empty());
        assertEquals("insufficient_scope", refusal(Access.EASIR_SHARED, signedIn(platform)).code(), "no company to read");
    }
}
