package io.podium.players;

import java.util.Optional;

/** Where a company's players live. Changes are made in the store, field by field, so that none overwrites another. */
public interface PlayerStore {
    /** Stores a new player and counts it; false if the id is taken. */
    boolean create(String copid, Player player);

    Optional<Player> find(String copid, String id);

    /** The players ordered by id, {@code skip} of them left out, and the company's count. */
    PlayerPage list(String copid, int skip, int limit);

    /** Applies the change to a player that exists, and answers it as it is now; empty if there is none. */
    Optional<Player> change(String copid, String id, PlayerChange change);

    /** Enables or disables a player that exists, and answers it as it is now; empty if there is none. */
    Optional<Player> setEnabled(String copid, String id, boolean enabled);
}
