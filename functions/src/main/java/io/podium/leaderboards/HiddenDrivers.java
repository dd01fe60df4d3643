package io.podium.leaderboards;

import io.podium.config.Sha256;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The drivers a board leaves out, and how many erasures its company has had; a board of one team's leaves out every
 * driver not among its {@code members} too. A board records the {@link #stamp} it was computed for, so that one
 * computed for other drivers, before an erasure (whose scores it still counts), or for other members, is rebuilt.
 */
public record HiddenDrivers(Set<String> drivers, long erasures, Optional<Set<String>> members) {
    public static final HiddenDrivers NONE = new HiddenDrivers(Set.of(), 0);

    public HiddenDrivers {
        drivers = Set.copyOf(drivers);
        members = members.map(Set::copyOf);
    }

    public HiddenDrivers(Set<String> drivers, long erasures) {
        this(drivers, erasures, Optional.empty());
    }

    /** These drivers, and every driver who is not one of the team's {@code members}. */
    public HiddenDrivers among(Set<String> teamMembers) {
        return new HiddenDrivers(drivers, erasures, Optional.of(teamMembers));
    }

    public boolean hides(String userxtid) {
        return drivers.contains(userxtid) || members.filter(team -> !team.contains(userxtid)).isPresent();
    }

    /** Names the set: empty for none, so that boards computed before anyone was hidden or erased stay current. */
    public String stamp() {
        if (drivers.isEmpty() && erasures == 0 && members.isEmpty()) {
            return "";
        }
        String team = members.map(all -> "\n@" + String.join("\n@", new TreeSet<>(all))).orElse("");
        return Sha256.hex(String.join("\n", new TreeSet<>(drivers)) + "\n#" + erasures + team).substring(0, 16);
    }
}
