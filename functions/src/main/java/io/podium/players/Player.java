package io.podium.players;

import java.time.Instant;

/**
 * A player, which is a driver: one registry entry per id a company's game knows, whether created through Playoff's
 * API or first seen in finalized scores (then its alias is its id). A disabled player is kept, and left out of
 * boards and searches.
 */
public record Player(String id, String alias, boolean enabled, Profile profile, Instant created) {
    public Player withEnabled(boolean enabled) {
        return new Player(id, alias, enabled, profile, created);
    }
}
