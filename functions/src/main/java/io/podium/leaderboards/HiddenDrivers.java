package io.podium.leaderboards;

import io.podium.config.Sha256;

import java.util.Set;
import java.util.TreeSet;

/**
 * The drivers a board leaves out, and how many erasures its company has had. A board records the {@link #stamp} it
 * was computed for, so that one computed for other drivers, or before an erasure (whose scores it still counts), is
 * rebuilt.
 */
public record HiddenDrivers(Set<String> drivers, long erasures) {
    public static final HiddenDrivers NONE = new HiddenDrivers(Set.of(), 0);

    public HiddenDrivers {
        drivers = Set.copyOf(drivers);
    }

    public boolean hides(String userxtid) {
        return drivers.contains(userxtid);
    }

    /** Names the set: empty for none, so that boards computed before anyone was hidden or erased stay current. */
    public String stamp() {
        return drivers.isEmpty() && erasures == 0 ? ""
                : Sha256.hex(String.join("\n", new TreeSet<>(drivers)) + "\n#" + erasures).substring(0, 16);
    }
}
