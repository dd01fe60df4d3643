package io.podium.scores;

/** One driver's score for a day. */
public record Score(String userxtid, int score) {
}
