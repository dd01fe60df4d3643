package io.podium.ranks;

import java.util.Optional;

/**
 * A rank created with an EASI'R rule: the rule, and for {@code conversion_rate} the CRM's relations path and
 * milestone it named. Podium cannot read EASI'R's CRM: it keeps the ids to give them back.
 */
public record SeedRank(SeedRule rule, Optional<String> relationsPathId, Optional<String> milestoneId) {
}
