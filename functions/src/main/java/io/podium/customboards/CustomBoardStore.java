package io.podium.customboards;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where a game's custom leaderboard definitions and their registrations live. */
public interface CustomBoardStore {
    /** Puts the definition whole, keeping the scopes it had; true if it is new. */
    boolean define(String copid, LeaderboardDefinition definition);

    Optional<LeaderboardDefinition> find(String copid, String id);

    /** Every definition of the game, by id. */
    List<LeaderboardDefinition> list(String copid);

    /** Registers each entity in each scope (idempotent), and records the scopes as the board's. */
    void register(String copid, String boardId, Collection<String> scopes, Collection<String> entityIds);

    /** Takes each entity out of each scope (idempotent); the scopes stay the board's, perhaps empty. */
    void deregister(String copid, String boardId, Collection<String> scopes, Collection<String> entityIds);

    /**
     * Every scope the board ever had (the definition's, as listed), each with the entities registered in it now: one
     * Query of its registrations.
     */
    Map<String, Set<String>> registrations(String copid, LeaderboardDefinition definition);
}
