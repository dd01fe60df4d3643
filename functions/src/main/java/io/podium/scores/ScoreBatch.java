package io.podium.scores;

import java.time.LocalDate;
import java.util.List;

/** A validated submission: distinct drivers, one metric, one day. */
public record ScoreBatch(String metric, LocalDate date, List<Score> scores) {
    public ScoreBatch {
        scores = List.copyOf(scores);
    }
}
