package io.podium.api.drivers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podium.engagement.EngagementJson;
import io.podium.http.ApiRequest;
import io.podium.http.SeedTime;
import io.podium.json.Json;
import io.podium.players.PlayerCard;
import io.podium.players.PlayerStore;
import io.podium.players.Profile;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The users of one answer, as its route's API shows a user. EASI'R's own routes show its user object, built from the
 * player ({@link PlayerCard}: one read for up to 100 users); Podium's routes keep {@code {"id","alias"}} and read
 * nothing.
 */
public final class UserJson {
    private final Optional<Map<String, PlayerCard>> cards;

    private UserJson(Optional<Map<String, PlayerCard>> cards) {
        this.cards = cards;
    }

    /** For the users an answer names; the players are read only on EASI'R's routes. */
    public static UserJson of(ApiRequest request, PlayerStore players, String copid, Collection<String> userxtids) {
        return new UserJson(request.isSignedInRoute()
                ? Optional.of(userxtids.isEmpty() ? Map.of() : players.cards(copid, Set.copyOf(userxtids)))
                : Optional.empty());
    }

    public ObjectNode user(String userxtid) {
        return cards.map(known -> seedUser(userxtid, Optional.ofNullable(known.get(userxtid))))
                .orElseGet(() -> EngagementJson.user(userxtid));
    }

    /**
     * EASI'R's user: its integer id is the player's number, and its profile the player's. A driver with no profile is
     * named by its userxtid; one that is no player (yet), or a player made before players had numbers, has no id.
     * EASI'R's users have no userxtid: it is added.
     */
    static ObjectNode seedUser(String userxtid, Optional<PlayerCard> card) {
        Map<String, String> profile = card.map(PlayerCard::profile).orElse(Profile.EMPTY).fields();
        ObjectNode user = Json.object();
        OptionalLong number = card.map(PlayerCard::number).orElse(OptionalLong.empty());
        if (number.isPresent()) {
            user.put("id", number.getAsLong());
        } else {
            user.putNull("id");
        }
        user.put("first_name", profile.getOrDefault("first_name", userxtid))
                .put("last_name", profile.get("last_name"))
                .put("phone_number", profile.get("phone_number"))
                .put("job_title", profile.get("job_title"))
                .put("email", profile.get("email"))
                .put("email_notifications", false)
                .put("profile_picture", profile.get("profile_picture"))
                .put("created_at", card.map(c -> SeedTime.format(c.created())).orElse(null))
                .put("updated_at", card.map(c -> SeedTime.format(c.updated())).orElse(null))
                .put("userxtid", userxtid);
        return user;
    }
}
