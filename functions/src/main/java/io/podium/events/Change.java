package io.podium.events;

/** What an event changed: a metric's value before and after, as text (a number, a level name, a state). */
public record Change(String metric, String oldValue, String newValue) {
}
