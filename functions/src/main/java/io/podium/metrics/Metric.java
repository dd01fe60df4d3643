package io.podium.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A company's metric and how far it is finalized. */
public record Metric(String name, Optional<LocalDate> finalizedThrough, Instant createdAt) {
    public boolean isFinalized(LocalDate date) {
        return finalizedThrough.filter(cutOff -> !date.isAfter(cutOff)).isPresent();
    }
}
