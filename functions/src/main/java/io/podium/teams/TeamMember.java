package io.podium.teams;

/** A player as a team shows it (its members, its owner): the id and the alias it had when it joined. */
public record TeamMember(String id, String alias) {
}
