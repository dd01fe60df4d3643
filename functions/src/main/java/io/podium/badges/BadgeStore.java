package io.podium.badges;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where a company's badge definitions live. */
public interface BadgeStore {
    /** Stores a new badge under the company's next id. */
    Badge create(String copid, BadgeDefinition definition, Instant now);

    /** Every badge of the company, by id. */
    List<Badge> list(String copid);

    Optional<Badge> find(String copid, long id);

    /** Replaces the definition; empty if there is no such badge. */
    Optional<Badge> update(String copid, long id, BadgeDefinition definition, Instant now);

    /** @return whether there was such a badge */
    boolean delete(String copid, long id);
}
