package io.podium.invites;

import io.podium.players.Player;
import io.podium.tokens.Token;

import java.util.List;
import java.util.Optional;

/**
 * Where a company's invitations and join requests live. Every write that uses something up (a code, a request) is
 * conditional on it being there still, so that of two racers one wins and the other changes nothing.
 */
public interface InviteStore {
    /** The company's invitation of this address, expired or not (the table's TTL deletes it some time after). */
    Optional<Invite> find(String copid, String email);

    /**
     * Stores the invitation and its code; the one it replaces (the same address's, as read) goes with its code. False,
     * and nothing written, when the address's invitation is no longer {@code replacing}.
     */
    boolean put(Invite invite, Optional<Invite> replacing);

    /** Every invitation of the company, expired ones included, by address. */
    List<Invite> invites(String copid);

    /** Deletes the address's invitation and its code; false when there is none. */
    boolean cancel(String copid, String email);

    /** The invitation whose code's digest begins with {@code codeId}, of whatever company. */
    Optional<Invite> byCode(String codeId);

    /**
     * Uses the invitation up (its code and its item) and stores the join request, all or nothing; false when the
     * invitation was used, cancelled or replaced meanwhile.
     */
    boolean request(Invite invite, JoinRequest request);

    /** Every pending join request of the company. */
    List<JoinRequest> requests(String copid);

    Optional<JoinRequest> findRequest(String copid, String id);

    /** Deletes a join request; false when there is none. */
    boolean reject(String copid, String id);

    /**
     * Creates the player (as {@link io.podium.players.PlayerStore#create} does) and stores its token, using the
     * request up, all or nothing; false when the request is gone or the player's id is taken.
     */
    boolean admit(JoinRequest request, String copid, Player player, Token token);

    /** As {@link #admit(JoinRequest, String, Player, Token)}, using the invitation up instead of a request. */
    boolean admit(Invite invite, Player player, Token token);

    /** An erased player's invitations and join requests (those that name the player's id) go. Idempotent. */
    void forgetPlayer(String copid, String playerId);
}
