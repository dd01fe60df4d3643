package io.podium.auth;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AccessPolicyTest {
    private static final String ARN = "arn:aws:execute-api:eu-west-1:123456789012:abc123/v1/POST/v3/igr/gamification/acme/scores";
    private static final String STAGE = "arn:aws:execute-api:eu-west-1:123456789012:abc123/v1";
    /** Its company's instantCMR prefix, and Playoff's game routes and EASI'R's, whose company is the token's. */
    private static final List<String> ACME = List.of(STAGE + "/*/v3/igr/gamification/acme/*", STAGE + "/*/v2/admin",
            STAGE + "/*/v2/admin/*", STAGE + "/*/gamification", STAGE + "/*/gamification/*");

    @Test
    void aCompanyTokenMayCallEveryRouteOfItsCompanyAndNothingElse() {
        Caller caller = new Caller("id", Optional.of("acme"), Set.of(Scope.READ), Optional.empty());
        assertEquals(ACME, AccessPolicy.allowedResources(caller, ARN));
    }

    /** The policy is cached across routes, so it cannot single out the driver's paths: the functions do. */
    @Test
    void aDriverTokenGetsItsCompanysPrefix() {
        Caller caller = new Caller("id", Optional.of("acme"), Set.of(Scope.DRIVER), Optional.of("u-17"));
        assertEquals(ACME, AccessPolicy.allowedResources(caller, ARN));
    }

    @Test
    void aPlatformTokenMayCallTheAdminRoutes() {
        Caller caller = new Caller("id", Optional.empty(), Set.of(Scope.ADMIN), Optional.empty());
        assertEquals(List.of("arn:aws:execute-api:eu-west-1:123456789012:abc123/v1/*/v3/igr/admin/*"),
                AccessPolicy.allowedResources(caller, ARN));
    }

    /** The function answers a request without a valid token, in its route's shape. */
    @Test
    void aRequestWithoutAValidTokenReachesItsFunction() {
        assertEquals(List.of(STAGE + "/*/*"), AccessPolicy.anonymousResources(ARN));
        Map<String, Object> context = Caller.anonymousContext(CredentialProblem.INVALID);
        assertEquals(Optional.empty(), Caller.fromAuthorizerContext(context));
        assertEquals(CredentialProblem.INVALID, Caller.problemOf(context));
        assertEquals(CredentialProblem.MISSING, Caller.problemOf(null), "no authorizer ran: nothing was checked");
    }

    @Test
    void refusesSomethingThatIsNotAMethodArn() {
        assertThrows(IllegalArgumentException.class, () -> AccessPolicy.apiAndStage("arn:aws:execute-api:x"));
    }

    @Test
    void callerSurvivesTheAuthorizerContext() {
        Caller caller = new Caller("tok", Optional.of("acme"), Set.of(Scope.READ, Scope.SCORES_WRITE), Optional.empty());
        Map<String, Object> context = caller.toAuthorizerContext();
        assertEquals("read scores:write", context.get("scopes"));
        assertEquals("", context.get("driver"));
        assertEquals(Optional.of(caller), Caller.fromAuthorizerContext(context));
        assertEquals(Optional.of(new Caller("tok", Optional.empty(), Set.of(Scope.ADMIN), Optional.empty())),
                Caller.fromAuthorizerContext(Map.of("tokenId", "tok", "copid", "", "scopes", "admin")));
        assertEquals(Optional.empty(), Caller.fromAuthorizerContext(Map.of("copid", "acme")));
    }

    /** A driver id may hold the spaces that separate scopes, hence its own key. */
    @Test
    void aDriverSurvivesTheAuthorizerContext() {
        Caller driver = new Caller("tok", Optional.of("acme"), Set.of(Scope.DRIVER), Optional.of("Jane Doe read"));
        Map<String, Object> context = driver.toAuthorizerContext();
        assertEquals("Jane Doe read", context.get("driver"));
        assertEquals(Optional.of(driver), Caller.fromAuthorizerContext(context));
    }

    @Test
    void onlyTheDriverKeyMakesADriver() {
        Caller noDriver = new Caller("tok", Optional.of("acme"), Set.of(), Optional.empty());
        assertEquals(Optional.of(noDriver),
                Caller.fromAuthorizerContext(Map.of("tokenId", "tok", "copid", "acme", "scopes", "driver")));
        assertEquals(Optional.of(noDriver),
                Caller.fromAuthorizerContext(Map.of("tokenId", "tok", "copid", "acme", "scopes", "driver:u-17")));
        assertEquals(Optional.of(noDriver),
                Caller.fromAuthorizerContext(Map.of("tokenId", "tok", "copid", "acme", "scopes", "driver", "driver", "")));
        assertEquals(Optional.of(new Caller("tok", Optional.of("acme"), Set.of(Scope.READ), Optional.empty())),
                Caller.fromAuthorizerContext(Map.of("tokenId", "tok", "copid", "acme", "scopes", "read", "driver", 17)));
    }

    @Test
    void aCallerHasADriverExactlyWhenItHoldsTheDriverScope() {
        assertThrows(IllegalArgumentException.class,
                () -> new Caller("tok", Optional.of("acme"), Set.of(Scope.DRIVER), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new Caller("tok", Optional.of("acme"), Set.of(Scope.READ), Optional.of("u-17")));
    }
}
