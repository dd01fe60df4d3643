package io.podium.events;

import java.util.Optional;

/**
 * What an event changed: a metric's value before and after, as text (a number, a level name, a state, or null for
 * none); for a set metric, the count of one of its {@code item}s.
 */
public record Change(String metric, String oldValue, String newValue, Optional<String> item) {
    public Change(String metric, String oldValue, String newValue) {
        this(metric, oldValue, newValue, Optional.empty());
    }
}
