package io.podium.processes;

/** A process a search found: its full id and its name. */
public record ProcessHit(String id, String name) {
}
