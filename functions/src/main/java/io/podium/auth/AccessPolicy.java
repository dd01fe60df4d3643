package io.podium.auth;

import java.util.List;

/**
 * The execute-api resources a caller may invoke. The policy does not depend on the route asked, so that it stays
 * right should API Gateway ever cache it across routes: it allows the caller's whole company prefix, and Playoff's game
 * routes and EASI'R's, whose company is the token's (or the admin prefix), and the functions check scopes. A driver
 * token gets its company's prefixes too: the functions confine it to its own driver.
 */
public final class AccessPolicy {
    static final String COMPANY_PREFIX = "/v3/igr/gamification/";
    static final String ADMIN_PREFIX = "/v3/igr/admin/";
    /** Playoff's game routes: no company in the path, it is the token's. */
    static final String GAME_ROOT = "/v2/admin";
    /** EASI'R's routes of the signed-in user: no company in the path either. */
    static final String EASIR_ROOT = "/gamification";

    private AccessPolicy() {
    }

    /**
     * @param methodArn arn:aws:execute-api:region:account:apiId/stage/METHOD/path of the request
     */
    public static List<String> allowedResources(Caller caller, String methodArn) {
        String apiStage = apiAndStage(methodArn);
        if (caller.has(Scope.ADMIN)) {
            return List.of(apiStage + "/*" + ADMIN_PREFIX + "*");
        }
        return caller.copid()
                .map(copid -> List.of(apiStage + "/*" + COMPANY_PREFIX + copid + "/*",
                        apiStage + "/*" + GAME_ROOT, apiStage + "/*" + GAME_ROOT + "/*",
                        apiStage + "/*" + EASIR_ROOT, apiStage + "/*" + EASIR_ROOT + "/*"))
                .orElse(List.of());
    }

    /**
     * A request with no valid token reaches its function, which refuses it in its route's own error shape; the usage
     * plan's anonymous key throttles all such requests together.
     */
    public static List<String> anonymousResources(String methodArn) {
        return List.of(apiAndStage(methodArn) + "/*/*");
    }

    /** "arn:…:apiId/stage" — everything before the method. */
    static String apiAndStage(String methodArn) {
        int apiSlash = methodArn.indexOf('/');
        int stageSlash = apiSlash < 0 ? -1 : methodArn.indexOf('/', apiSlash + 1);
        if (stageSlash < 0) {
            throw new IllegalArgumentException("not an execute-api method ARN: " + methodArn);
        }
        return methodArn.substring(0, stageSlash);
    }
}
