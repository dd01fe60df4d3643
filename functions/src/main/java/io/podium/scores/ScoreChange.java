package io.podium.scores;

import java.util.Optional;

/** A driver's score of a day as a correction changed it: {@code before} is empty when the driver had none that day. */
public record ScoreChange(String userxtid, Optional<Integer> before, int after) {
}
