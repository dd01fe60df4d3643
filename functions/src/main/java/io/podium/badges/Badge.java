package io.podium.badges;

import java.time.Instant;

/** A company's badge; ids are integers, as in the EASI'R API, counted per company from 1. */
public record Badge(String copid, long id, BadgeDefinition definition, Instant createdAt, Instant updatedAt) {
    public String name() {
        return definition.name();
    }

    public BadgeRule rule() {
        return definition.rule();
    }
}
