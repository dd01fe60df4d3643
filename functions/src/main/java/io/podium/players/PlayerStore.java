package io.podium.players;

import io.podium.leaderboards.BoardExclusions;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a company's players live, and the terms their search matches. A change reads the player and writes it back
 * only if nobody changed it meanwhile (else it reads again), so that no change overwrites another and the search
 * terms always follow the player.
 */
public interface PlayerStore {
    /**
     * Stores a new player, with the next number of the company's players, and counts it, with its
     * {@link PlayerEvents#created player_created} event; false if the id is taken (the number is then never used:
     * numbers have gaps, and are never given twice; nor is the event written).
     */
    boolean create(String copid, Player player);

    /**
     * Makes each of these ids a player (alias = id, enabled), with a number of the company's players and its
     * {@link PlayerEvents#created player_created} event, if it is none yet, and counts them; the others are left as
     * they are, with their number. Idempotent. A driver whose erasure began after the caller read
     * {@code erasuresSeen} of the company's erasures is left out: what the caller read of them is gone.
     */
    void enrol(String copid, Set<String> ids, long erasuresSeen, Instant now);

    Optional<Player> find(String copid, String id);

    /**
     * The cards of the players among these ids, by id; an id that names no player, or one being erased, is left out.
     * A read of up to 100 ids is one call; no id, no call.
     */
    Map<String, PlayerCard> cards(String copid, Collection<String> ids);

    /** The players ordered by id, {@code skip} of them left out, and the company's count. */
    PlayerPage list(String copid, int skip, int limit);

    /** Applies the change to a player that exists, and answers it as it is now; empty if there is none. */
    Optional<Player> change(String copid, String id, PlayerChange change);

    /**
     * Enables or disables a player that exists, and answers it as it is now; empty if there is none. A player that
     * changes gets its {@link PlayerEvents#enabledChanged player_enabled or player_disabled} event with the change; one
     * already so is left alone, and no event is written.
     */
    Optional<Player> setEnabled(String copid, String id, boolean enabled);

    /**
     * The aliases of the players among these ids, by id, read eventually consistently (for an answer that names them,
     * such as an activity feed's actors); an id that names no player, or one being erased, is left out. Up to 100 ids
     * a call; no id, no call.
     */
    Map<String, String> aliases(String copid, Collection<String> ids);

    /**
     * Who the company's boards leave out: the shown boards its disabled and erasing players, the statistics its
     * erasing ones; each set stamped with how many erasures the company has had, so that a board computed before an
     * erasure is rebuilt after it. One call while they are a few thousand.
     */
    BoardExclusions exclusions(String copid);

    /**
     * Puts the player in the erasing state, in which it is shown nowhere and found by no route, and records the
     * erasure as pending; the player as it was, or empty if there is none. A player already erasing is answered as
     * it is, so that a retry resumes the erasure.
     */
    Optional<Player> beginErasure(String copid, String id, Instant now);

    /** The last step of an erasure: the player, its marks and the pending record go. Idempotent. */
    void finishErasure(String copid, String id, Instant now);

    /** Every erasure begun and not finished, of every company. */
    List<PendingErasure> pendingErasures();

    /**
     * The enabled players with a term that starts with {@code pattern} (folded by {@link SearchTerms#pattern}; empty
     * matches every one), each once, in the order of their first matching term, {@code skip} of them left out.
     */
    List<PlayerHit> search(String copid, String pattern, int skip, int limit);
}
