package io.podium.teams;

/** What follows a team's members (ranks limited to the team), told of every call that may have changed them. */
public interface TeamFollowers {
    /**
     * Called after a join, a leave or a disband of a {@link TeamState#followed followed} team, whether or not it changed
     * anything: a retried call then reaches the followers a failed first call did not.
     */
    void membersChanged(String copid, String teamId);
}
