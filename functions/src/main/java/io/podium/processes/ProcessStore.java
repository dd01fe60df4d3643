package io.podium.processes;

import io.podium.events.CompanyEvent;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a company's processes live, their performers with them. Each change is written with the event the caller gives
 * for it ({@link ProcessEvents}) in one transaction: the event is in the log if and only if the change was made. A
 * player's performances are also kept by player, so that an erased player leaves every process.
 */
public interface ProcessStore {
    /** What a create, a join or a transfer found in the way of its change (nothing: it was made). */
    enum Outcome { DONE, EXISTS, ALREADY_PERFORMER, NO_PROCESS, NO_PLAYER, FULL }

    /** Stores a new process, its owner its one performer, and counts it: EXISTS, NO_PLAYER (the owner) or DONE. */
    Outcome create(String copid, ProcessInstance process, CompanyEvent created);

    Optional<ProcessInstance> find(String copid, ProcessId id);

    /** The processes whose own id is {@code id}, of any owner, at most {@code limit} of them. */
    List<ProcessInstance> named(String copid, String id, int limit);

    /** The processes by id, {@code skip} of them left out, and the company's count. */
    ProcessPage list(String copid, int skip, int limit);

    /**
     * Adds the performer, unless it is one already, the process holds {@code maxPerformers} already, or the player or
     * the process is gone.
     */
    Outcome join(String copid, ProcessId id, Performer performer, int maxPerformers, CompanyEvent joined);

    /**
     * Removes a performer (and the ownership if they owned it), with the event {@code left} if one is given (an
     * erasure gives none); false if the player is not one, or there is no such process. {@code read} is the process as
     * the caller read it, read again only when another change won.
     */
    boolean leave(String copid, ProcessInstance read, String playerId, Optional<CompanyEvent> left);

    /** Sets the performer's role in each lane named; false if the player is not one (or there is no such process). */
    boolean changeRoles(String copid, ProcessId id, String playerId, Map<String, String> lanes, CompanyEvent changed);

    /**
     * Makes the player the owner, with the roles given in each lane named, adding them as a performer if they are not
     * one yet ({@code performer} holds their alias and the lanes they start with then). {@code read} is the process as
     * the caller read it, read again only when another change won.
     */
    Outcome transfer(String copid, ProcessInstance read, Performer performer, Map<String, String> lanes,
                     int maxPerformers, CompanyEvent transferred);

    /** Deletes the process with the event {@code deleted}: false if there was none. */
    boolean delete(String copid, ProcessInstance process, CompanyEvent deleted);

    /** The processes with a term that starts with {@code pattern} (folded; empty matches every one), each once. */
    List<ProcessHit> search(String copid, String pattern, int skip, int limit);

    /** The ids of the processes the player performs in (or did, in one deleted since). */
    List<ProcessId> performancesOf(String copid, String playerId);

    /** Deletes what is left of the player's performances once they have left every process (an erased player). */
    void forgetPerformances(String copid, String playerId);
}
