package io.podium.api.drivers;

import io.podium.players.PlayerCard;
import io.podium.players.Profile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** EASI'R's user object, from a player: its number, its profile, its times in the seed's format. */
class UserJsonTest {
    @Test
    void aPlayerWithAProfileIsTheSeedsUser() {
        PlayerCard jane = new PlayerCard("jane", OptionalLong.of(7), new Profile(Map.of("first_name", "Jane", "last_name", "Doe",
                "email", "demo@easir.com")), Instant.parse("2014-01-01T12:45:56Z"), Instant.parse("2014-01-02T00:11:22Z"));
        assertEquals("{\"id\":7,\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"phone_number\":null,\"job_title\":null,"
                        + "\"email\":\"demo@easir.com\",\"email_notifications\":false,\"profile_picture\":null,"
                        + "\"created_at\":\"2014-01-01 12:45:56\",\"updated_at\":\"2014-01-02 00:11:22\",\"userxtid\":\"jane\"}",
                UserJson.seedUser("jane", Optional.of(jane)).toString());
    }

    @Test
    void withoutAFirstNameTheUserxtidNamesThem() {
        PlayerCard bob = new PlayerCard("bob", OptionalLong.of(8), Profile.EMPTY, Instant.EPOCH, Instant.EPOCH);
        assertEquals("bob", UserJson.seedUser("bob", Optional.of(bob)).get("first_name").asText());
    }

    /** A driver counted before it was enrolled, or a player made before numbers: no id, but a name. */
    @Test
    void aDriverWhoIsNoPlayerHasNoId() {
        assertEquals("{\"id\":null,\"first_name\":\"u-9\",\"last_name\":null,\"phone_number\":null,\"job_title\":null,"
                        + "\"email\":null,\"email_notifications\":false,\"profile_picture\":null,\"created_at\":null,"
                        + "\"updated_at\":null,\"userxtid\":\"u-9\"}",
                UserJson.seedUser("u-9", Optional.empty()).toString());
    }
}
