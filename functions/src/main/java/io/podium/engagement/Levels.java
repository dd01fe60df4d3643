package io.podium.engagement;

import io.podium.badges.Badge;
import io.podium.badges.BadgeStore;
import io.podium.leaderboards.BoardStore;
import io.podium.leaderboards.HiddenDrivers;
import io.podium.levels.LevelDefinition;
import io.podium.levels.LevelScale;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.settings.CompanySettings;
import io.podium.settings.SettingsStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Level points and levels. A driver's points are the weighted finalized totals of the metrics that count (their
 * statistics boards) plus the points of the badges they hold; their level is never below the highest they reached.
 * The same gathering serves one driver (a read) and every driver (after a recompute, to raise levels).
 */
public final class Levels {
    private final SettingsStore settings;
    private final MetricStore metrics;
    private final BoardStore boards;
    private final BadgeStore badges;
    private final Ledger ledger;
    private final Clock clock;

    public Levels(SettingsStore settings, MetricStore metrics, BoardStore boards, BadgeStore badges, Ledger ledger,
                  Clock clock) {
        this.settings = settings;
        this.metrics = metrics;
        this.boards = boards;
        this.badges = badges;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Where a driver stands now: the company's scale, their level and their points. */
    public record DriverLevel(LevelScale scale, int level, double points) {
    }

    public DriverLevel of(String copid, String userxtid) {
        CompanySettings company = company(copid);
        Map<String, Long> totals = new HashMap<>();
        for (String metric : counted(copid, company)) {
            boards.standing(copid, StatBoards.totalId(metric), userxtid)
                    .filter(standing -> standing.definition().equals(StatBoards.TOTAL_DEFINITION))
                    .ifPresent(standing -> totals.put(metric, standing.entry().standing().accumulated()));
        }
        List<Badge> defined = badges.list(copid);
        Map<Long, ?> held = ledger.awardsOf(copid, userxtid, defined.stream().map(Badge::id).toList());
        double points = points(totals, defined.stream().filter(badge -> held.containsKey(badge.id())).toList(), company);
        LevelScale scale = company.levels();
        return new DriverLevel(scale, Math.max(scale.levelFor(points), ledger.level(copid, userxtid).orElse(0)), points);
    }

    /**
     * Raises, once each, every driver whose points reached a level above the highest they had, but those
     * {@code erasing} (read before the boards) hides, and those erased since.
     */
    void raise(String copid, List<Badge> defined, Map<Long, Set<String>> awards, HiddenDrivers erasing) {
        CompanySettings company = company(copid);
        // One number per driver, not their totals per metric: a fleet of a million fits in a function's memory.
        Map<String, Double> points = new HashMap<>();
        for (String metric : counted(copid, company)) {
            boards.head(copid, StatBoards.totalId(metric))
                    .filter(head -> head.definition().equals(StatBoards.TOTAL_DEFINITION))
                    .map(head -> boards.entries(copid, StatBoards.totalId(metric), head))
                    .ifPresent(entries -> entries.forEach(entry -> points.merge(entry.userxtid(),
                            metricPoints(company, metric, entry.standing().accumulated()), Double::sum)));
        }
        for (Badge badge : defined) {
            awards.getOrDefault(badge.id(), Set.of())
                    .forEach(holder -> points.merge(holder, badgePoints(badge), Double::sum));
        }
        Map<String, Integer> reached = ledger.levels(copid);
        // The scale as thresholds once, not once a driver.
        LevelDefinition scale = company.levels().definition();
        List<LevelRaise> raises = new ArrayList<>();
        points.forEach((userxtid, driverPoints) -> {
            int level = scale.reached(driverPoints).orElse(0);
            int before = reached.getOrDefault(userxtid, 0);
            if (level > before && !erasing.hides(userxtid)) {
                raises.add(new LevelRaise(userxtid, before, level));
            }
        });
        raises.sort(Comparator.comparing(LevelRaise::userxtid));
        ledger.raiseLevels(copid, raises, erasing.erasures(), clock.instant());
    }

    private CompanySettings company(String copid) {
        return settings.find(copid).orElse(CompanySettings.defaults(copid));
    }

    /** The metrics whose totals count for levels: those of non-zero weight. */
    private List<String> counted(String copid, CompanySettings company) {
        return metrics.list(copid).stream().map(Metric::name).filter(name -> company.weightOf(name) != 0).toList();
    }

    /** @param totals the driver's finalized total per metric */
    static double points(Map<String, Long> totals, Collection<Badge> held, CompanySettings company) {
        double points = 0;
        for (Map.Entry<String, Long> total : totals.entrySet()) {
            points += metricPoints(company, total.getKey(), total.getValue());
        }
        for (Badge badge : held) {
            points += badgePoints(badge);
        }
        return points;
    }

    private static double metricPoints(CompanySettings company, String metric, long total) {
        return company.weightOf(metric) * total;
    }

    private static double badgePoints(Badge badge) {
        return badge.definition().points();
    }
}
