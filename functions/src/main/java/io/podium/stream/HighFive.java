package io.podium.stream;

/** What a high-five did. */
public enum HighFive {
    ADDED,
    /** The driver had already high-fived the event: nothing changed. */
    ALREADY_GIVEN,
    NO_SUCH_EVENT
}
