package io.podium.auth;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, as decided by the authorizer and handed to each function in the request context.
 * A platform caller has no company.
 */
public record Caller(String tokenId, Optional<String> copid, Set<Scope> scopes) {
    static final String TOKEN_ID = "tokenId";
    static final String COPID = "copid";
    static final String SCOPES = "scopes";

    public Caller {
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    /** The authorizer context: API Gateway only passes flat string, number or boolean values. */
    public Map<String, Object> toAuthorizerContext() {
        return Map.of(
                TOKEN_ID, tokenId,
                COPID, copid.orElse(""),
                SCOPES, scopes.stream().map(Scope::wireName).sorted().collect(Collectors.joining(" ")));
    }

    public static Optional<Caller> fromAuthorizerContext(Map<String, Object> context) {
        if (context == null || !(context.get(TOKEN_ID) instanceof String tokenId) || tokenId.isEmpty()) {
            return Optional.empty();
        }
        String copid = context.get(COPID) instanceof String c ? c : "";
        String scopeList = context.get(SCOPES) instanceof String s ? s : "";
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : scopeList.split(" ")) {
            Scope.fromWireName(name).ifPresent(scopes::add);
        }
        return Optional.of(new Caller(tokenId, Optional.of(copid).filter(c -> !c.isEmpty()), scopes));
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }
}
