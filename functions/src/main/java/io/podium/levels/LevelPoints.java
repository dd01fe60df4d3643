package io.podium.levels;

import io.podium.badges.Badge;
import io.podium.settings.CompanySettings;

import java.util.Collection;
import java.util.Map;

/** A driver's level points: the weighted finalized totals of their metrics plus the points of the badges they hold. */
public final class LevelPoints {
    private LevelPoints() {
    }

    /** @param totals the driver's finalized total per metric */
    public static double of(Map<String, Long> totals, Collection<Badge> held, CompanySettings settings) {
        double points = 0;
        for (Map.Entry<String, Long> total : totals.entrySet()) {
            points += settings.weightOf(total.getKey()) * total.getValue();
        }
        for (Badge badge : held) {
            points += badge.definition().points();
        }
        return points;
    }
}
