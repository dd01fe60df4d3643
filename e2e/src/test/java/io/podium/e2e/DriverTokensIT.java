package io.podium.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.UUID;

import static io.podium.e2e.ScoresIT.assertRefused;
import static io.podium.e2e.Tenant.batch;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A driver token (scope driver:U), as a driver's app holds it: its own driver's standings, nothing else. */
@ExtendWith(SharedPodium.class)
class DriverTokensIT {
    private static final String TOKENS = "/v3/igr/admin/tokens";
    private static final String DAY = "2026-03-02";

    @Test
    void createsAndListsADriverToken(LocalPodium podium) {
        String copid = "co-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = podium.http().post(TOKENS, podium.adminToken(),
                "{\"copid\":\"" + copid + "\",\"scopes\":[\"driver:Jane Doe read\"],\"description\":\"Jane's app\"}");
        assertEquals(201, created.status(), created.toString());
        assertEquals("[\"driver:Jane Doe read\"]", created.json().get("scopes").toString());
        JsonNode listed = podium.http().get(TOKENS + "?copid=" + copid, podium.adminToken()).json().get("data").get(0);
        assertEquals(created.json().get("id").asText(), listed.get("id").asText());
        assertEquals("[\"driver:Jane Doe read\"]", listed.get("scopes").toString());

        // The spaces and the "read" in the driver id grant nothing: the driver has a context key of its own.
        Tenant jane = new Tenant(copid, created.json().get("token").asText(), podium.http());
        assertEquals(200, jane.http().get(jane.path("/drivers/Jane%20Doe%20read/standings"), jane.token()).status());
        assertRefused(jane.metrics(), 403, "insufficient_scope");
    }

    @Test
    void readsItsOwnStandingsOnlyAndWritesNothing(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        assertEquals(200, acme.submit(batch("eco", DAY, "u-17", "7", "u-18", "9")).status());
        assertEquals(201, acme.http().post(acme.path("/campaigns"), acme.token(), "{\"id\":\"march\",\"name\":\"March\","
                + "\"metric\":\"eco\",\"startDate\":\"2026-03-01\",\"endDate\":\"2026-03-31\"}").status());
        assertEquals(200, acme.finalizeThrough("eco", DAY).status());
        LeaderboardsIT.awaitComputed(acme, "march", LocalDate.parse(DAY));
        Tenant driver = Tenant.withToken(podium, acme.copid(), "driver:u-17");
        Tenant globex = Tenant.create(podium);
        String scoresBefore = acme.scores("eco", DAY, "").text();
        String metricsBefore = acme.metrics().text();

        Response own = driver.http().get(acme.path("/drivers/u-17/standings"), driver.token());
        assertEquals(200, own.status(), own.toString());
        assertEquals(acme.http().get(acme.path("/drivers/u-17/standings"), acme.token()).text(), own.text());
        assertEquals(2, own.json().get("standings").get(0).get("rank").asInt());

        assertRefused(driver.http().get(acme.path("/drivers/u-18/standings"), driver.token()), 403, "forbidden");
        assertRefused(driver.http().get(globex.path("/drivers/u-17/standings"), driver.token()), 403, "forbidden");
        assertRefused(driver.scores("eco", DAY, ""), 403, "insufficient_scope");
        assertRefused(driver.submit(batch("eco", DAY, "u-17", "1000")), 403, "insufficient_scope");
        assertRefused(driver.finalizeThrough("eco", "2026-03-05"), 403, "insufficient_scope");
        assertRefused(driver.http().get(acme.path("/campaigns/march/leaderboard"), driver.token()), 403, "insufficient_scope");
        assertRefused(driver.http().get(TOKENS + "?copid=" + acme.copid(), driver.token()), 403, "forbidden");

        assertEquals(scoresBefore, acme.scores("eco", DAY, "").text());
        assertEquals(metricsBefore, acme.metrics().text());
    }

    @Test
    void refusesBadDriverScopesAndIssuesNothing(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        for (String scopes : new String[]{"\"driver:u-17\",\"read\"", "\"driver:u-17\",\"driver:u-18\"", "\"driver:\"",
                "\"driver\"", "\"driver:" + "d".repeat(129) + "\""}) {
            assertRefused(podium.http().post(TOKENS, podium.adminToken(),
                    "{\"copid\":\"" + acme.copid() + "\",\"scopes\":[" + scopes + "]}"), 400, "validation_failed");
        }
        assertRefused(podium.http().post(TOKENS, podium.adminToken(), "{\"scopes\":[\"driver:u-17\"]}"), 400, "validation_failed");
        assertEquals(1, podium.http().get(TOKENS + "?copid=" + acme.copid(), podium.adminToken()).json().get("data").size(),
                "only the tenant's own token");
    }
}
