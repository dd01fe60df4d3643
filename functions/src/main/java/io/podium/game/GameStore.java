package io.podium.game;

import java.time.Instant;
import java.util.Optional;

/** Where a game's details live. */
public interface GameStore {
    Optional<GameDetails> find(String copid);

    void put(String copid, GameDetails details, Instant updatedAt);
}
