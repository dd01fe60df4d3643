package io.podium.players;

import java.time.Instant;

/** A player whose erasure began {@code since} and is not finished: the repair sweep finishes it. */
public record PendingErasure(String copid, String id, Instant since) {
}
