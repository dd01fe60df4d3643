package io.podium.auth;

import java.util.Optional;

/**
 * What a token may do. Every scope but {@link #ADMIN} is bounded by the token's company.
 *
 * <p>{@link #DRIVER} is the one scope with a parameter, its driver: tokens name it {@code driver:U} and the
 * authorizer context carries U in a key of its own. Its bare name names no driver, so {@link #fromWireName}
 * never returns it.
 */
public enum Scope {
    SCORES_WRITE("scores:write"),
    SCORES_FINALIZE("scores:finalize"),
    /** Correcting finalized scores on the record (an audited change; POST …/scores never changes a finalized day). */
    SCORES_CORRECT("scores:correct"),
    READ("read"),
    HUB("hub"),
    /** Playoff's game scope: the {@code /v2/admin/} routes of the token's company. */
    GAME("game"),
    ADMIN("admin"),
    DRIVER("driver");

    private static final String DRIVER_PREFIX = "driver:";

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isPlatform() {
        return this == ADMIN;
    }

    /** Any scope but {@link #DRIVER}, by its wire name. */
    public static Optional<Scope> fromWireName(String name) {
        for (Scope scope : values()) {
            if (scope != DRIVER && scope.wireName.equals(name)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    /** {@code driver:U}, the name of the driver scope of driver U. */
    public static String driverScopeName(String userxtid) {
        return DRIVER_PREFIX + userxtid;
    }

    /** The U of a name {@code driver:U}, unchecked (it may be empty). */
    public static Optional<String> driverOf(String scopeName) {
        return scopeName.startsWith(DRIVER_PREFIX)
                ? Optional.of(scopeName.substring(DRIVER_PREFIX.length()))
                : Optional.empty();
    }
}
