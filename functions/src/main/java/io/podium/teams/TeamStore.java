package io.podium.teams;

import io.podium.events.CompanyEvent;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Where a company's teams and their memberships live. A membership is kept twice, by team and by player, and a team's
 * counts change in the same transaction as its memberships, so that they never drift from the members. A change of a
 * membership is written with the event the caller gives for it ({@link TeamEvents}), in the same transaction: the
 * event is in the log if and only if the change was made.
 */
public interface TeamStore {
    /**
     * Reserves the company's next team number, for the team about to be created: 1, 2, 3, … each given once. A number
     * whose team is then not created (its id taken) is never used.
     */
    long nextNumber(String copid);

    /** Stores a new team with no members, and counts it; false if the id is taken. */
    boolean create(String copid, Team team);

    /** The id of the team that has this number; empty if none has, or it is disbanded (or being disbanded). */
    Optional<String> idOfNumber(String copid, long number);

    /** Every member's player id; empty if there is no such team. */
    Set<String> memberIds(String copid, String teamId);

    /** The team with its counts; empty if there is none, or it is being disbanded. */
    Optional<TeamState> find(String copid, String id);

    /** The teams ordered by id, {@code skip} of them left out, and the company's count. */
    TeamPage list(String copid, int skip, int limit);

    /** A page of the team's members by player id, with their count; empty if there is no such team. */
    Optional<MemberPage> members(String copid, String teamId, int skip, int limit);

    /** The outcome of a join. */
    enum Joined { JOINED, ALREADY_MEMBER, NO_TEAM, NO_PLAYER }

    /**
     * What a join, a leave or a disband did ({@code outcome}), and whether the team was {@link TeamState#followed
     * followed} when it was done, so that its followers must be told; a team that is not there any more counts as
     * followed, since nothing says it was not.
     */
    record Changed<T>(T outcome, boolean followed) {
    }

    /**
     * Makes the player a member with these roles (at least one of the team's), with the event {@code joined}, unless it
     * is one already (then nothing is written). {@code team} is the team as the caller read it: one read unfollowed is
     * joined only while it still is, else it is read again, so that a rank limited to it since is told of the member.
     */
    Changed<Joined> join(String copid, TeamState team, TeamMember player, List<String> roles, CompanyEvent joined);

    Optional<Membership> membership(String copid, String teamId, String playerId);

    /**
     * Removes a member, with the event {@code left} if one is given (an erasure gives none: the player's events go with
     * them); false if the player is not one (or there is no such team).
     */
    Changed<Boolean> leave(String copid, String teamId, String playerId, Optional<CompanyEvent> left);

    /**
     * Changes a member's roles (the change answers the roles held after it, at least one, in the team's order), and,
     * with {@code owner}, makes them the team's owner, with the event {@code logged} gives for the roles held after it;
     * empty if the player is not a member (or there is no such team). A change that changes nothing, and does not make
     * an owner, writes nothing, not even its event.
     */
    Optional<Membership> changeRoles(String copid, String teamId, String playerId, UnaryOperator<List<String>> change,
                                     boolean owner, Function<List<String>, CompanyEvent> logged);

    /** Disbands the team: every member leaves, then it is gone. Resumable: false only when there was no such team. */
    Changed<Boolean> disband(String copid, String teamId);

    /**
     * The teams with a term that starts with {@code pattern} (folded by {@code SearchTerms#pattern}; empty matches every
     * one), each once, in the order of their first matching term, {@code skip} of them left out.
     */
    List<TeamHit> search(String copid, String pattern, int skip, int limit);

    /** The teams a player is a member of, by team id. */
    List<PlayerTeam> teamsOf(String copid, String playerId);

    /** Deletes what is left of the player's memberships once they have left every team (an erased player). */
    void forgetMemberships(String copid, String playerId);
}
