package io.podium.processes;

import io.podium.errors.InvalidInput;

import java.time.Clock;
import java.util.List;

/** A company's process definitions: defined or redefined whole, and listed. */
public final class ProcessDefinitions {
    /** Far more kinds of process than a game has; it keeps the list one read. */
    public static final int MAX_PER_GAME = 100;

    private final ProcessDefinitionStore store;
    private final Clock clock;

    public ProcessDefinitions(ProcessDefinitionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A definition stored, and whether it is new. */
    public record Defined(ProcessDefinition definition, boolean created) {
    }

    /** Stores the definition, replacing one of the same id; the cap, read before the write, bounds the list. */
    public Defined define(String copid, ProcessDefinitionRequest request) {
        ProcessDefinition definition = request.definition(clock.instant());
        List<ProcessDefinition> existing = store.list(copid);
        if (existing.size() >= MAX_PER_GAME && existing.stream().noneMatch(other -> other.id().equals(definition.id()))) {
            throw InvalidInput.validationFailed("definition_id", "a game has at most " + MAX_PER_GAME
                    + " process definitions");
        }
        return new Defined(definition, store.put(copid, definition));
    }

    public List<ProcessDefinition> list(String copid) {
        return store.list(copid);
    }
}
