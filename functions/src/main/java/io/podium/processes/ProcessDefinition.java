package io.podium.processes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A kind of process, as Playoff's builder defines it: its lanes, each with the roles a performer may hold there. The
 * owner of a new process starts in the first lane with its first role.
 */
public record ProcessDefinition(String id, String name, List<Lane> lanes, Instant updated) {
    public ProcessDefinition {
        lanes = List.copyOf(lanes);
    }

    /** The lane of this name. */
    public Optional<Lane> lane(String name) {
        return lanes.stream().filter(lane -> lane.name().equals(name)).findFirst();
    }
}
