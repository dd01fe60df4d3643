package io.podium.processes;

import java.util.Optional;

/** POST /v2/admin/processes: the id (made from the name when absent), the name, the definition and the owner. */
public record NewProcess(Optional<String> id, String name, String definition, String ownerId) {
}
