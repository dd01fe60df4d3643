package io.podium.players;

import io.podium.leaderboards.BoardExclusions;
import io.podium.leaderboards.Roster;

import java.time.Clock;
import java.util.Set;

/** The players behind the boards, as the recompute sees them: drivers it counts are enrolled, some are left out. */
public final class PlayerRoster implements Roster {
    private final PlayerStore store;
    private final Clock clock;

    public PlayerRoster(PlayerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void enrol(String copid, Set<String> drivers, long erasuresSeen) {
        store.enrol(copid, drivers, erasuresSeen, clock.instant());
    }

    @Override
    public BoardExclusions exclusions(String copid) {
        return store.exclusions(copid);
    }
}
