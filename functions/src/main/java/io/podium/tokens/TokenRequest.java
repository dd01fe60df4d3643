package io.podium.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.auth.CompanyId;
import io.podium.auth.Scope;
import io.podium.http.FieldErrors;
import io.podium.http.Json;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A validated POST /v3/igr/admin/tokens body. Company tokens name their copid; a platform token has the
 * single scope admin and no copid, so no token can both administer the platform and act for a company.
 */
record TokenRequest(Optional<String> copid, Set<Scope> scopes, String description) {
    static final int MAX_DESCRIPTION = 256;

    static TokenRequest parse(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> copid = errors.text(root, null, "copid");
        Set<Scope> scopes = readScopes(root.get("scopes"), errors);
        String description = errors.text(root, null, "description").orElse("");

        copid.filter(c -> !CompanyId.isValid(c))
                .ifPresent(c -> errors.invalid(null, "copid", "must match ^[a-zA-Z0-9_-]{1,64}$"));
        if (scopes.contains(Scope.ADMIN)) {
            if (scopes.size() > 1) {
                errors.invalid(null, "scopes", "admin is a platform scope and cannot be combined with company scopes");
            }
            if (copid.isPresent()) {
                errors.invalid(null, "copid", "must be absent for a platform (admin) token");
            }
        } else if (copid.isEmpty() && !scopes.isEmpty()) {
            errors.invalid(null, "copid", "is required for a company token");
        }
        if (description.length() > MAX_DESCRIPTION) {
            errors.invalid(null, "description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        errors.throwIfAny();
        return new TokenRequest(copid, scopes, description);
    }

    private static Set<Scope> readScopes(JsonNode node, FieldErrors errors) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (node == null || node.isNull() || !node.isArray() || node.isEmpty()) {
            errors.invalid(null, "scopes", "must be a non-empty array of scope names");
            return scopes;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode name = node.get(i);
            if (!name.isTextual()) {
                errors.wrongType(i, "scopes", "must be a string");
            } else {
                int index = i;
                Scope.fromWireName(name.textValue()).ifPresentOrElse(scopes::add, () -> errors.invalid(index, "scopes",
                        "must be one of scores:write, scores:finalize, read, hub, admin"));
            }
        }
        return scopes;
    }
}
