package io.podium.players;

import java.util.Map;
import java.util.Optional;

/**
 * What PUT /v2/admin/players/:id changes: the alias if given, and each profile field it names, where an empty value
 * (a JSON null) clears the field.
 */
public record PlayerChange(Optional<String> alias, Map<String, String> profile) {
    public PlayerChange {
        profile = Map.copyOf(profile);
    }
}
