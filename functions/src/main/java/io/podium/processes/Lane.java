package io.podium.processes;

import java.util.List;

/** A lane of a process definition: its name and the roles a performer may hold in it, in order. */
public record Lane(String name, List<String> roles) {
    public Lane {
        roles = List.copyOf(roles);
    }
}
