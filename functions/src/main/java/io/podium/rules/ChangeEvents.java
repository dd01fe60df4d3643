package io.podium.rules;

import java.util.Optional;

/** The events a change of a player's values left: its own, and the {@code level} event it caused, if any. */
public record ChangeEvents(ValueStore.StoredEvent own, Optional<ValueStore.StoredEvent> level) {
}
