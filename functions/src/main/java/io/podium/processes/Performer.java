package io.podium.processes;

import java.util.LinkedHashMap;
import java.util.Map;

/** A player performing in a process: their alias as the process shows it, and the role they hold in each lane. */
public record Performer(String id, String alias, Map<String, String> lanes) {
    public Performer {
        lanes = new LinkedHashMap<>(lanes);
    }

    @Override
    public Map<String, String> lanes() {
        return new LinkedHashMap<>(lanes);
    }
}
