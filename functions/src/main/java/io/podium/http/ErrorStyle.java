package io.podium.http;

import java.util.Map;

/**
 * The error body a route answers with. Each seed's clients parse their own: Podium's and instantCMR's routes answer
 * {"error":{"code","message","details"}}, Playoff's ({@code /v2/…}) and its token endpoint ({@code /auth/…}) answer
 * {"error","error_description","data"?} with Playoff's codes.
 */
public enum ErrorStyle {
    PODIUM(Map.of()),
    /**
     * Playoff names a few refusals its own way: any bad body is {@code validation_exception}, and an unknown, expired
     * or revoked token is {@code invalid_access_token}, which its SDKs answer by fetching a new token and retrying.
     */
    PLAYOFF(Map.of(
            "invalid_json", "validation_exception",
            "validation_failed", "validation_exception",
            "unauthorized", "invalid_access_token"));

    private final Map<String, String> codes;

    ErrorStyle(Map<String, String> codes) {
        this.codes = codes;
    }

    /** The style of a route, by its declared path. */
    public static ErrorStyle ofRoute(String resourcePath) {
        return resourcePath != null && (resourcePath.startsWith("/v2/") || resourcePath.equals("/v2")
                || resourcePath.startsWith("/auth/")) ? PLAYOFF : PODIUM;
    }

    /** The code this style gives a refusal Podium names {@code code}. */
    String code(String code) {
        return codes.getOrDefault(code, code);
    }
}
