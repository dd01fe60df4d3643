package io.podium.levels;

/** Where a level starts: a player whose points reach {@code min} is at least in {@code state}. */
public record LevelThreshold(String state, double min) {
}
