package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;

import static io.podium.e2e.Tenant.batch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Playoff's players over HTTP: a player created through the API is a driver whose scores show in its profile. */
@ExtendWith(SharedPodium.class)
class PlayersIT {
    @Test
    void aPlayersProfileShowsItsFinalizedTotalOnEveryMetric(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Response created = acme.http().post("/v2/admin/players", acme.token(), "{\"id\":\"rob\",\"alias\":\"RVD\"}");
        assertEquals(201, created.status(), created.toString());

        assertEquals(200, acme.submit(batch("eco", "2026-03-01", "rob", "7", "neo", "9")).status());
        assertEquals(200, acme.submit(batch("eco", "2026-03-02", "rob", "5")).status());
        assertEquals(200, acme.submit(batch("safety", "2026-03-01", "neo", "3")).status());
        assertEquals(200, acme.finalizeThrough("eco", "2026-03-02").status());
        assertEquals(200, acme.finalizeThrough("safety", "2026-03-01").status());

        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode profile = acme.http().get("/v2/admin/players/rob", acme.token()).json();
        while (!profile.get("scores").toString().contains("\"12\"") && Instant.now().isBefore(deadline)) {
            LocalPodium.pause(Duration.ofMillis(200));
            profile = acme.http().get("/v2/admin/players/rob", acme.token()).json();
        }
        assertEquals("[{\"metric\":{\"id\":\"eco\",\"name\":\"eco\",\"type\":\"point\"},\"value\":\"12\"},"
                + "{\"metric\":{\"id\":\"safety\",\"name\":\"safety\",\"type\":\"point\"},\"value\":\"0\"}]",
                profile.get("scores").toString());
        assertEquals("RVD", profile.get("alias").asText());
    }

    @Test
    void anotherCompanysPlayersCannotBeNamed(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Tenant globex = Tenant.create(podium);
        assertEquals(201, acme.http().post("/v2/admin/players", acme.token(), "{\"id\":\"rob\"}").status());

        Response elsewhere = globex.http().get("/v2/admin/players/rob", globex.token());
        assertEquals(404, elsewhere.status(), elsewhere.toString());
        assertEquals("player_not_found", elsewhere.errorCode());
        assertEquals(0, globex.http().get("/v2/admin/players", globex.token()).json().get("total").asInt());
        assertEquals(201, globex.http().post("/v2/admin/players", globex.token(), "{\"id\":\"rob\"}").status(),
                "an id is per game");
        assertFalse(acme.http().get("/v2/admin/players/rob", acme.token()).json().get("alias").isNull());
    }
}
