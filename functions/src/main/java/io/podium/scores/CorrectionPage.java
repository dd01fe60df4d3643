package io.podium.scores;

import java.util.List;
import java.util.Optional;

/** A page of the record of corrections; {@code next} is where the next page starts after, if there is one. */
public record CorrectionPage(List<ScoreCorrection> corrections, Optional<String> next) {
    public CorrectionPage {
        corrections = List.copyOf(corrections);
    }
}
