package io.podium.players;

import java.util.HashMap;
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

    /** The player with this change made. */
    public Player applyTo(Player player) {
        Map<String, String> fields = new HashMap<>(player.profile().fields());
        profile.forEach((field, value) -> {
            if (value.isEmpty()) {
                fields.remove(field);
            } else {
                fields.put(field, value);
            }
        });
        return new Player(player.id(), alias.orElse(player.alias()), player.enabled(), new Profile(fields), player.created());
    }
}
