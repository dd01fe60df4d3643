package io.podium.invites;

import io.podium.players.Player;

/** A player made from an invitation, with the secret of their driver token, shown this once. */
public record Admission(Player player, String token) {
}
