package io.podium.auth;

import java.util.List;

/**
 * The execute-api resources a caller may invoke. API Gateway caches an authorizer's policy per token and
 * applies it to later calls of any route, so the policy must not depend on the route asked first: it
 * allows the caller's whole company prefix (or the admin prefix), and the functions check scopes. A driver token
 * gets its company's prefix too: the functions confine it to its own driver.
 */
public final class AccessPolicy {
    static final String COMPANY_PREFIX = "/v3/igr/gamification/";
    static final String ADMIN_PREFIX = "/v3/igr/admin/";

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
                .map(copid -> List.of(apiStage + "/*" + COMPANY_PREFIX + copid + "/*"))
                .orElse(List.of());
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
