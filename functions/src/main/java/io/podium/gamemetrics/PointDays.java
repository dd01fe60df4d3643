package io.podium.gamemetrics;

import java.time.LocalDate;
import java.util.List;

/** What players earned in point metrics day by day ({@link PointDeltas}), as an erasure removes it. */
public interface PointDays {
    /** Removes what the player earned on each of these days. Idempotent. */
    void erase(String copid, String playerId, List<LocalDate> days);
}
