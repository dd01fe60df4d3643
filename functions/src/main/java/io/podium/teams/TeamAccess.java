package io.podium.teams;

/**
 * Who may join a team, from the most open to the strictest, as Playoff names them. A definition's access is the
 * strictest its teams may have.
 */
public enum TeamAccess {
    PUBLIC, PROTECTED, PRIVATE;

    /** Whether a team of this access is allowed by a definition whose strictest is {@code strictest}. */
    public boolean allowedBy(TeamAccess strictest) {
        return compareTo(strictest) <= 0;
    }
}
