package io.podium.invites;

/** A fresh invitation with its code, which is shown this once and never stored. */
public record IssuedInvite(Invite invite, String code) {
}
