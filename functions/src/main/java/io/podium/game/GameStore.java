package io.podium.game;

import java.time.Instant;
import java.util.Optional;

/** Where a game's details live. */
public interface GameStore {
    Optional<GameDetails> find(String copid);

    /**
     * Sets the fields the request names, each on its own, so that two changes at once both land; a game never named
     * is titled by its copid. Answers the details as they are now.
     */
    GameDetails change(String copid, GameRequest request, Instant updatedAt);
}
