package io.podium.teams;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roles a body names for a player, Playoff's {@code requested_roles}: {@code true} grants a role, {@code false} takes
 * it away, and a role left out stays as it is.
 */
public record RoleChange(String playerId, Map<String, Boolean> roles) {
    public RoleChange {
        roles = new LinkedHashMap<>(roles);
    }

    @Override
    public Map<String, Boolean> roles() {
        return new LinkedHashMap<>(roles);
    }

    /** The roles held after this change, in the order of {@code order} (the team's roles). */
    public List<String> applyTo(List<String> held, List<String> order) {
        Set<String> after = new LinkedHashSet<>(held);
        roles.forEach((role, granted) -> {
            if (granted) {
                after.add(role);
            } else {
                after.remove(role);
            }
        });
        return order.stream().filter(after::contains).toList();
    }
}
