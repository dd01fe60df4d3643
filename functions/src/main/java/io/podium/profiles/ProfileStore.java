package io.podium.profiles;

import java.util.List;
import java.util.Optional;

/** Reads a player's profile in a fixed number of calls, however many metrics and teams it has. */
public interface ProfileStore {
    /**
     * The player (none if there is no such player, or it is being erased), their teams, and their total over the
     * finalized days of each of these metrics, in their order (0 where they have none).
     */
    Optional<PlayerProfile> read(String copid, String playerId, List<String> metrics);
}
