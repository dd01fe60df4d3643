package io.podium.leaderboards;

import io.podium.config.Sha256;

import java.util.Set;
import java.util.TreeSet;

/**
 * The drivers a company's shown boards (campaigns' and ranks') leave out: disabled players. A board records the
 * {@link #stamp} of the set it was computed without, so that a board computed for another set is rebuilt.
 */
public record HiddenDrivers(Set<String> drivers) {
    public static final HiddenDrivers NONE = new HiddenDrivers(Set.of());

    public HiddenDrivers {
        drivers = Set.copyOf(drivers);
    }

    public boolean hides(String userxtid) {
        return drivers.contains(userxtid);
    }

    /** Names the set: empty for none, so that boards computed before anyone was hidden stay current. */
    public String stamp() {
        return drivers.isEmpty() ? "" : Sha256.hex(String.join("\n", new TreeSet<>(drivers))).substring(0, 16);
    }
}
