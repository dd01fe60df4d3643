package io.podium.players;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * What the EASI'R user objects show of a player: its id, its number in the company (1, 2, 3, … given once, at its
 * creation, and never again to another player; empty for a player made before players had numbers), its profile, and
 * when it was created and last changed ({@code updated} is {@code created} for a player never changed).
 */
public record PlayerCard(String id, OptionalLong number, Profile profile, Instant created, Instant updated) {
}
