package io.podium.levels;

/**
 * A company's levels: {@code level_n} starts at {@code base × factor^(n-1)} points, for n from 1 to {@code count};
 * below level 1 a driver is at {@code level_0}, which starts at 0. The defaults give the EASI'R API's example:
 * level_8 at 3.90625 and level_9 at 7.8125.
 */
public record LevelScale(double base, double factor, int count) {
    public static final LevelScale DEFAULT = new LevelScale(0.030517578125, 2, 30);

    public double threshold(int level) {
        return level == 0 ? 0 : base * Math.pow(factor, level - 1);
    }

    /** The highest level whose threshold the points reach. */
    public int levelFor(double points) {
        int level = 0;
        while (level < count && threshold(level + 1) <= points) {
            level++;
        }
        return level;
    }

    public static String name(int level) {
        return "level_" + level;
    }
}
