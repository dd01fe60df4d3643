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

    @Test
    void aCompanyTokenMayCallEveryRouteOfItsCompanyAndNothingElse() {
        Caller caller = new Caller("id", Optional.of("acme"), Set.of(Scope.READ));
        assertEquals(List.of("arn:aws:execute-api:eu-west-1:123456789012:abc123/v1/*/v3/igr/gamification/acme/*"),
                AccessPolicy.allowedResources(caller, ARN));
    }

    @Test
    void aPlatformTokenMayCallTheAdminRoutes() {
        Caller caller = new Caller("id", Optional.empty(), Set.of(Scope.ADMIN));
        assertEquals(List.of("arn:aws:execute-api:eu-west-1:123456789012:abc123/v1/*/v3/igr/admin/*"),
                AccessPolicy.allowedResources(caller, ARN));
    }

    @Test
    void refusesSomethingThatIsNotAMethodArn() {
        assertThrows(IllegalArgumentException.class, () -> AccessPolicy.apiAndStage("arn:aws:execute-api:x"));
    }

    @Test
    void callerSurvivesTheAuthorizerContext() {
        Caller caller = new Caller("tok", Optional.of("acme"), Set.of(Scope.READ, Scope.SCORES_WRITE));
        Map<String, Object> context = caller.toAuthorizerContext();
        assertEquals("read scores:write", context.get("scopes"));
        assertEquals(Optional.of(caller), Caller.fromAuthorizerContext(context));
        assertEquals(Optional.of(new Caller("tok", Optional.empty(), Set.of(Scope.ADMIN))),
                Caller.fromAuthorizerContext(Map.of("tokenId", "tok", "copid", "", "scopes", "admin")));
        assertEquals(Optional.empty(), Caller.fromAuthorizerContext(Map.of("copid", "acme")));
    }
}
