package io.podium.players;

import io.podium.events.CompanyEvent;
import io.podium.json.IsoTime;
import io.podium.json.Json;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The events of a player's registry entry, appended to the company's log in the transaction that makes the change: the
 * player is created ({@value #CREATED}: through Playoff's API, or by the recompute that first counts a driver's
 * finalized scores), disabled ({@value #DISABLED}) or enabled ({@value #ENABLED}). The actor is the player; they are
 * not social, and carry no payload and no changes. The key names the fact, {@code <type>#<player>#<time>}; the
 * change's own conditions (a player put only if absent, changed only from the version read) make the event unique.
 */
public final class PlayerEvents {
    public static final String CREATED = "player_created";
    public static final String DISABLED = "player_disabled";
    public static final String ENABLED = "player_enabled";

    private PlayerEvents() {
    }

    /** The player's creation, at the time it was created. */
    public static CompanyEvent created(String copid, Player player) {
        return event(copid, CREATED, player.id(), player.created());
    }

    /** The player switched to {@code enabled}. */
    public static CompanyEvent enabledChanged(String copid, String playerId, boolean enabled, Instant at) {
        return event(copid, enabled ? ENABLED : DISABLED, playerId, at);
    }

    private static CompanyEvent event(String copid, String type, String playerId, Instant at) {
        return new CompanyEvent(copid, type + "#" + playerId + "#" + IsoTime.format(at), type, Optional.of(playerId), at,
                Json.object(), List.of(), false);
    }
}
