package io.podium.processes;

import io.podium.players.PlayerRequest;

import java.util.Optional;
import java.util.Set;

/**
 * A process instance's id, {@code <owner>/<id>} as Playoff writes it: the player who created it and the id given (or
 * made) at its creation. Both follow a player id's rule; the id is none of the words that name a route below a
 * process ({@link #RESERVED}), so that {@code /processes/<owner>/<id>} never reads as a route of the bare id.
 */
public record ProcessId(String owner, String id) {
    /** The routes below {@code /v2/admin/processes/:process_id}: an id may not be one of them. */
    public static final Set<String> RESERVED = Set.of("join", "leave", "roles", "transfer", "performers", "activity");

    /** {@code owner/id}. */
    public String full() {
        return owner + "/" + id;
    }

    @Override
    public String toString() {
        return full();
    }

    /** Whether {@code id} can be a process's own id (the part after the owner). */
    public static boolean validId(String id) {
        return id != null && PlayerRequest.NEW_ID.matcher(id).matches() && !RESERVED.contains(id);
    }

    /** The id {@code owner/id}, if both parts are valid. */
    public static Optional<ProcessId> parse(String full) {
        int slash = full == null ? -1 : full.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String owner = full.substring(0, slash);
        String id = full.substring(slash + 1);
        return PlayerRequest.NEW_ID.matcher(owner).matches() && validId(id)
                ? Optional.of(new ProcessId(owner, id)) : Optional.empty();
    }
}
