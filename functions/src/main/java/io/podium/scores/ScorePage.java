package io.podium.scores;

import java.util.List;
import java.util.Optional;

/** One page of a day's scores, ordered by userxtid; {@code lastUserxtid} is where the next page starts after. */
public record ScorePage(List<StoredScore> scores, Optional<String> lastUserxtid) {
    public ScorePage {
        scores = List.copyOf(scores);
    }
}
