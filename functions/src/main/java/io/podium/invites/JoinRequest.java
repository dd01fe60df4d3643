package io.podium.invites;

import java.time.Instant;

/**
 * A request to join the game, made by accepting an invitation: who asked ({@code email}) and the player they become
 * when an admin approves it ({@code playerId}, {@code alias}: the invitation's, or chosen when it named none).
 */
public record JoinRequest(String id, String email, String alias, String playerId, Instant created) {
}
