package io.podium.players;

import java.util.List;
import java.util.Map;

/**
 * A player's profile fields beyond Playoff's seed, by their wire names; each is optional. The EASI'R user objects are
 * built from them.
 */
public record Profile(Map<String, String> fields) {
    /** Every profile field, in the order answers list them. */
    public static final List<String> FIELDS = List.of("first_name", "last_name", "email", "phone_number", "job_title",
            "profile_picture");
    public static final Profile EMPTY = new Profile(Map.of());

    public Profile {
        if (!FIELDS.containsAll(fields.keySet())) {
            throw new IllegalArgumentException("unknown profile fields in " + fields.keySet());
        }
        fields = Map.copyOf(fields);
    }
}
