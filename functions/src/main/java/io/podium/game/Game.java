package io.podium.game;

import java.time.Instant;
import java.util.Optional;

/**
 * A company, as Playoff's clients see it: a game. Its id is the copid; it began when its first token was issued
 * ({@code created}, empty for a company without one). Title and description are the company's to set; until then
 * the title is the copid.
 */
public record Game(String id, String title, String description, Optional<Instant> created) {
}
