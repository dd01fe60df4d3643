package io.podium.teams;

/** A team a search found: what Playoff's search answers for it. */
public record TeamHit(String id, String name) {
}
