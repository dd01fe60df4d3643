package io.podium.invites;

/** What accepting an invitation made: a join request waiting for approval, or the player at once. */
public sealed interface Acceptance {
    /** The company's invitations need approval: the request waits for an admin. */
    record Requested(JoinRequest request) implements Acceptance {
    }

    /** The company's invitations need no approval: the player exists now. */
    record Admitted(Admission admission) implements Acceptance {
    }
}
