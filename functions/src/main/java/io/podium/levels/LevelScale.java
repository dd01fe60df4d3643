package io.podium.levels;

import java.util.ArrayList;
import java.util.List;

/**
 * A company's levels: {@code level_n} starts at {@code base × factor^(n-1)} points, for n from 1 to {@code count};
 * below level 1 a driver is at {@code level_0}, which starts at 0. The defaults give the EASI'R API's example:
 * level_8 at 3.90625 and level_9 at 7.8125. As a {@link LevelDefinition} it is the game's level {@value #ID}: the state
 * metric {@value #ID} (level_0 to level_count) over the point metric {@value #POINTS}, a driver's level points.
 */
public record LevelScale(double base, double factor, int count) {
    public static final LevelScale DEFAULT = new LevelScale(0.030517578125, 2, 30);
    /** The id of EASI'R's level among a game's levels, and of its state metric. */
    public static final String ID = "level";
    /** The id of the point metric it is reached by: weighted finalized totals plus badge points. */
    public static final String POINTS = "level_points";

    public double threshold(int level) {
        return level == 0 ? 0 : base * Math.pow(factor, level - 1);
    }

    /** The highest level whose threshold the points reach: the definition's rule, level_0 below it too. */
    public int levelFor(double points) {
        return definition().reached(points).orElse(0);
    }

    /** The scale as a game's level: level_0 from 0, then each level from its threshold. */
    public LevelDefinition definition() {
        List<LevelThreshold> thresholds = new ArrayList<>();
        for (int level = 0; level <= count; level++) {
            thresholds.add(new LevelThreshold(name(level), threshold(level)));
        }
        return new LevelDefinition(ID, ID, POINTS, ID, thresholds);
    }

    public static String name(int level) {
        return "level_" + level;
    }
}
