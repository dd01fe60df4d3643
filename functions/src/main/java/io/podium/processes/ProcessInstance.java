package io.podium.processes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A process of a company's game, made from a {@link ProcessDefinition}: it keeps the definition's name and lanes as
 * they were when it was made, so that a redefinition changes no process under its performers. Its owner is the
 * player who created it until a transfer (none once the owner left); its performers are in the order they joined.
 * Playoff's {@code state} and {@code access} are always {@value #STATE} and {@value #ACCESS}.
 */
public record ProcessInstance(ProcessId id, String name, String definitionId, String definitionName, List<Lane> lanes,
                              Instant created, Optional<Owner> owner, List<Performer> performers) {
    public static final String STATE = "ACTIVE";
    public static final String ACCESS = "PRIVATE";

    /** The owner as a process names it. */
    public record Owner(String id, String alias) {
    }

    public ProcessInstance {
        lanes = List.copyOf(lanes);
        performers = List.copyOf(performers);
    }

    public Optional<Performer> performer(String playerId) {
        return performers.stream().filter(performer -> performer.id().equals(playerId)).findFirst();
    }
}
