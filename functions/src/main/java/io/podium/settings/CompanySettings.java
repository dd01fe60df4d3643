package io.podium.settings;

import io.podium.levels.LevelScale;
import io.podium.ranks.SeedRules;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A company's settings document. {@code autoFinalizeAfterDays} empty means no automatic finalization.
 * {@code pointWeights} say what a point is worth per metric; empty means every metric's total counts once.
 * {@code rankRules} say how EASI'R's rank rules are computed. {@code invitesNeedApproval} (true by default) says whether
 * an accepted invitation waits for an admin's approval as a join request, or makes the player at once.
 */
public record CompanySettings(String copid, Optional<Integer> autoFinalizeAfterDays, LevelScale levels,
                              Optional<Map<String, Double>> pointWeights, SeedRules rankRules, boolean invitesNeedApproval,
                              Instant updatedAt) {
    public CompanySettings {
        pointWeights = pointWeights.map(Map::copyOf);
    }

    public CompanySettings(String copid, Optional<Integer> autoFinalizeAfterDays, Instant updatedAt) {
        this(copid, autoFinalizeAfterDays, LevelScale.DEFAULT, Optional.empty(), SeedRules.DEFAULT, true, updatedAt);
    }

    /** A company that never saved its settings. */
    public static CompanySettings defaults(String copid) {
        return new CompanySettings(copid, Optional.empty(), Instant.EPOCH);
    }

    /** What one unit of the metric's finalized total is worth in level points. */
    public double weightOf(String metric) {
        return pointWeights.map(weights -> weights.getOrDefault(metric, 0.0)).orElse(1.0);
    }
}
