package io.podium.leaderboards;

/**
 * One driver's aggregate on a board: {@code accumulated} is the sum of the counted days' scores (total,
 * average) or the best day (best_day); {@code days} is how many days were counted.
 */
public record Standing(String userxtid, long accumulated, int days) {
}
