package io.podium.badges;

import io.podium.errors.NotFound;

import java.time.Instant;

/** A company's badge; ids are integers, as in the EASI'R API, counted per company from 1. */
public record Badge(String copid, long id, BadgeDefinition definition, Instant createdAt, Instant updatedAt) {
    public String name() {
        return definition.name();
    }

    public BadgeRule rule() {
        return definition.rule();
    }

    /** The refusal for a badge id the company does not have. */
    public static NotFound notFound() {
        return new NotFound("badge_not_found", "The company has no such badge.");
    }
}
