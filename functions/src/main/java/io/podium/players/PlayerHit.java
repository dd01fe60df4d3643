package io.podium.players;

/** A player a search found: what Playoff's search answers for it. */
public record PlayerHit(String id, String alias) {
}
