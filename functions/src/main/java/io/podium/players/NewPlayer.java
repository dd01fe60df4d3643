package io.podium.players;

/** What POST /v2/admin/players creates: an id, an alias (the id when none is given) and a profile. */
public record NewPlayer(String id, String alias, Profile profile) {
}
