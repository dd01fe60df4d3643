package io.podium.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.auth.Scope;
import io.podium.errors.FieldErrors;
import io.podium.ids.CompanyId;
import io.podium.ids.DriverId;
import io.podium.json.Json;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A validated POST /v3/igr/admin/tokens body. Company tokens name their copid; a platform token has the
 * single scope admin and no copid, so no token can both administer the platform and act for a company.
 * A driver token's only scope is {@code driver:U}: it is what a driver's app holds, and any other scope would let
 * the app read other drivers.
 */
public record TokenRequest(Optional<String> copid, Set<Scope> scopes, Optional<String> driver, String description) {
    static final int MAX_DESCRIPTION = 256;

    public static TokenRequest parse(byte[] body) {
        ObjectNode root = Json.parseObject(body);
        FieldErrors errors = new FieldErrors();
        Optional<String> copid = errors.text(root, null, "copid");
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Set<String> drivers = new LinkedHashSet<>();
        readScopes(root.get("scopes"), scopes, drivers, errors);
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
        if (drivers.size() > 1) {
            errors.invalid(null, "scopes", "a token may hold at most one driver scope");
        } else if (scopes.contains(Scope.DRIVER) && scopes.size() > 1 && !scopes.contains(Scope.ADMIN)) {
            errors.invalid(null, "scopes", "a driver scope is a token's only scope and cannot be combined with others");
        }
        if (description.length() > MAX_DESCRIPTION) {
            errors.invalid(null, "description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        errors.throwIfAny();
        return new TokenRequest(copid, scopes, drivers.stream().findFirst(), description);
    }

    /** Adds each named scope to {@code scopes}, and the driver of each {@code driver:U} to {@code drivers}. */
    private static void readScopes(JsonNode node, Set<Scope> scopes, Set<String> drivers, FieldErrors errors) {
        if (node == null || node.isNull() || !node.isArray() || node.isEmpty()) {
            errors.invalid(null, "scopes", "must be a non-empty array of scope names");
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            int index = i;
            JsonNode name = node.get(i);
            if (!name.isTextual()) {
                errors.wrongType(index, "scopes", "must be a string");
                continue;
            }
            Optional<String> driver = Scope.driverOf(name.textValue());
            if (driver.isPresent()) {
                DriverId.problem(driver.get()).ifPresentOrElse(
                        problem -> errors.invalid(index, "scopes", "the driver of driver:USERXTID " + problem),
                        () -> {
                            drivers.add(driver.get());
                            scopes.add(Scope.DRIVER);
                        });
            } else {
                Scope.fromWireName(name.textValue()).ifPresentOrElse(scopes::add, () -> errors.invalid(index, "scopes",
                        "must be one of scores:write, scores:finalize, scores:correct, read, hub, game, admin, driver:USERXTID"));
            }
        }
    }
}
