package io.podium.teams;

import java.util.Optional;

/**
 * Who may join a team, from the most open to the strictest, as Playoff names them. A definition's access is the
 * strictest its teams may have.
 */
public enum TeamAccess {
    PUBLIC, PROTECTED, PRIVATE;

    /** The access named exactly, in capitals as Playoff writes it. */
    public static Optional<TeamAccess> named(String text) {
        for (TeamAccess access : values()) {
            if (access.name().equals(text)) {
                return Optional.of(access);
            }
        }
        return Optional.empty();
    }

    /** Whether a team of this access is allowed by a definition whose strictest is {@code strictest}. */
    public boolean allowedBy(TeamAccess strictest) {
        return compareTo(strictest) <= 0;
    }
}
