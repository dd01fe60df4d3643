package io.podium.auth;

import java.util.Optional;

/** What a token may do. Every scope but {@link #ADMIN} is bounded by the token's company. */
public enum Scope {
    SCORES_WRITE("scores:write"),
    SCORES_FINALIZE("scores:finalize"),
    READ("read"),
    HUB("hub"),
    ADMIN("admin");

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

    public static Optional<Scope> fromWireName(String name) {
        for (Scope scope : values()) {
            if (scope.wireName.equals(name)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
