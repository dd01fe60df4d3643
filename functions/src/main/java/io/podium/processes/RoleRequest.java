package io.podium.processes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A player and the role asked for in each lane named, Playoff's {@code requested_roles}
 * ({@code {"<lane>":"<role>"}}); the lanes left out stay as they are.
 */
public record RoleRequest(String playerId, Map<String, String> lanes) {
    public RoleRequest {
        lanes = new LinkedHashMap<>(lanes);
    }

    @Override
    public Map<String, String> lanes() {
        return new LinkedHashMap<>(lanes);
    }
}
