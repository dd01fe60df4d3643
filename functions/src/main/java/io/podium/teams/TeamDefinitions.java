package io.podium.teams;

import io.podium.errors.InvalidInput;

import java.time.Clock;
import java.util.List;

/** A company's team definitions: defined or redefined whole, and listed. */
public final class TeamDefinitions {
    /** Far more kinds of team than a game has; it keeps the list one read. */
    public static final int MAX_PER_GAME = 100;

    private final TeamDefinitionStore store;
    private final Clock clock;

    public TeamDefinitions(TeamDefinitionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A definition stored, and whether it is new. */
    public record Defined(TeamDefinition definition, boolean created) {
    }

    /**
     * Stores the definition, replacing one of the same id. The cap is read before the write, so two definitions added
     * at the same moment may pass it by one: it bounds a list, it guards nothing.
     */
    public Defined define(String copid, TeamDefinitionRequest request) {
        TeamDefinition definition = request.definition(clock.instant());
        List<TeamDefinition> existing = store.list(copid);
        boolean known = existing.stream().anyMatch(other -> other.id().equals(definition.id()));
        if (!known && existing.size() >= MAX_PER_GAME) {
            throw InvalidInput.validationFailed("definition_id", "a game has at most " + MAX_PER_GAME + " team definitions");
        }
        return new Defined(definition, store.put(copid, definition));
    }

    public List<TeamDefinition> list(String copid) {
        return store.list(copid);
    }
}
