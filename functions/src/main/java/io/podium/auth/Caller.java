package io.podium.auth;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, as decided by the authorizer and handed to each function in the request context.
 * A platform caller has no company; a caller holding {@link Scope#DRIVER} has a driver, and only such a caller.
 */
public record Caller(String tokenId, Optional<String> copid, Set<Scope> scopes, Optional<String> driver) {
    static final String TOKEN_ID = "tokenId";
    static final String COPID = "copid";
    static final String SCOPES = "scopes";
    static final String DRIVER = "driver";
    static final String CREDENTIALS = "credentials";

    public Caller {
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        if (scopes.contains(Scope.DRIVER) != driver.isPresent()) {
            throw new IllegalArgumentException("a caller has a driver exactly when it holds the driver scope");
        }
    }

    /**
     * The authorizer context: API Gateway only passes flat string, number or boolean values. The driver has a key of
     * its own, as a driver id may contain the spaces that separate the scopes.
     */
    public Map<String, Object> toAuthorizerContext() {
        return Map.of(
                TOKEN_ID, tokenId,
                COPID, copid.orElse(""),
                SCOPES, scopes.stream().map(Scope::wireName).sorted().collect(Collectors.joining(" ")),
                DRIVER, driver.orElse(""));
    }

    /**
     * The context of a request with no caller: the function refuses it, in its route's own error shape, saying why
     * ({@link #problemOf}). API Gateway's own 401 has one body for every route, which Playoff's clients cannot parse.
     */
    public static Map<String, Object> anonymousContext(CredentialProblem problem) {
        return Map.of(TOKEN_ID, "", COPID, "", SCOPES, "", DRIVER, "", CREDENTIALS, problem.wireName());
    }

    /** Why a request's context names no caller; a request that passed no authorizer sent nothing it checked. */
    public static CredentialProblem problemOf(Map<String, Object> context) {
        return Optional.ofNullable(context)
                .map(values -> values.get(CREDENTIALS) instanceof String name ? name : "")
                .flatMap(CredentialProblem::fromWireName)
                .orElse(CredentialProblem.MISSING);
    }

    /** The driver scope comes from the driver key alone: its bare name in the scope list names no driver. */
    public static Optional<Caller> fromAuthorizerContext(Map<String, Object> context) {
        if (context == null || !(context.get(TOKEN_ID) instanceof String tokenId) || tokenId.isEmpty()) {
            return Optional.empty();
        }
        String copid = context.get(COPID) instanceof String c ? c : "";
        String scopeList = context.get(SCOPES) instanceof String s ? s : "";
        Optional<String> driver = Optional.of(context.get(DRIVER) instanceof String d ? d : "").filter(d -> !d.isEmpty());
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : scopeList.split(" ")) {
            Scope.fromWireName(name).ifPresent(scopes::add);
        }
        driver.ifPresent(ignored -> scopes.add(Scope.DRIVER));
        return Optional.of(new Caller(tokenId, Optional.of(copid).filter(c -> !c.isEmpty()), scopes, driver));
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }
}
