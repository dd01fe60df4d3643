package io.podium.engagement;

/** A driver's rise to {@code level} from {@code from}, the highest level they had (0 for none). */
public record LevelRaise(String userxtid, int from, int level) {
}
