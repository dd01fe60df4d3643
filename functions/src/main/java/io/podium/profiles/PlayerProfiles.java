package io.podium.profiles;

import io.podium.ids.DriverId;
import io.podium.metrics.Metric;
import io.podium.metrics.MetricStore;
import io.podium.players.PlayerService;

/**
 * Playoff's player profile: the company's metrics (one Query), then the player, their teams and their totals (two
 * more reads, whatever the number of metrics).
 */
public final class PlayerProfiles {
    private final MetricStore metrics;
    private final ProfileStore store;

    public PlayerProfiles(MetricStore metrics, ProfileStore store) {
        this.metrics = metrics;
        this.store = store;
    }

    /** @throws io.podium.errors.NotFound 404 player_not_found when there is no such player */
    public PlayerProfile of(String copid, String playerId) {
        if (DriverId.problem(playerId).isPresent()) {
            throw PlayerService.notFound(playerId);
        }
        return store.read(copid, playerId, metrics.list(copid).stream().map(Metric::name).toList())
                .orElseThrow(() -> PlayerService.notFound(playerId));
    }
}
