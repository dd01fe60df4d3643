package io.podium.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;

import static io.podium.e2e.ScoresIT.assertRefused;
import static io.podium.e2e.Tenant.batch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** 401 and 403 as the seed tells them apart, through the REQUEST authorizer and its cache. */
@ExtendWith(SharedPodium.class)
class AuthIT {
    private static final String BATCH = batch("eco", "2026-03-01", "d1", "1");

    @Test
    void aMissingOrUnknownTokenIs401(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        assertRefused(podium.http().post(acme.path("/scores"), null, BATCH), 401, "unauthorized");
        assertRefused(podium.http().post(acme.path("/scores"), "pdm_not-a-token", BATCH), 401, "unauthorized");
        assertRefused(podium.http().post(acme.path("/scores"), "", BATCH), 401, "unauthorized");
        assertEquals(0, acme.metrics().json().get("data").size());
    }

    @Test
    void anotherCompanysTokenIs403AndReadsOrWritesNothing(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Tenant globex = Tenant.create(podium);
        acme.submit(batch("eco", "2026-03-01", "d1", "7"));

        assertRefused(podium.http().post(acme.path("/scores"), globex.token(), BATCH), 403, "forbidden");
        assertRefused(podium.http().post(acme.path("/scores/finalize"), globex.token(),
                "{\"metric\":\"eco\",\"date\":\"2026-03-01\"}"), 403, "forbidden");
        assertRefused(podium.http().get(acme.path("/scores?metric=eco&date=2026-03-01"), globex.token()), 403, "forbidden");
        assertRefused(podium.http().get(acme.path("/metrics"), globex.token()), 403, "forbidden");

        assertEquals(7, acme.scores("eco", "2026-03-01", "").json().get("scores").get(0).get("score").asInt());
        assertEquals("null", acme.metrics().json().get("data").get(0).get("finalizedThrough").toString());
        assertEquals(0, globex.metrics().json().get("data").size());
    }

    @Test
    void aTokenWithoutTheRoutesScopeIs403EvenWhenItsDecisionIsCached(LocalPodium podium) {
        Tenant writer = Tenant.create(podium);
        Tenant reader = Tenant.withToken(podium, writer.copid(), "read");
        // The reader's first call caches an Allow; the gateway reuses it for the next route.
        assertEquals(200, reader.metrics().status());
        assertRefused(reader.submit(BATCH), 403, "insufficient_scope");
        assertRefused(reader.finalizeThrough("eco", "2026-03-01"), 403, "insufficient_scope");

        Tenant uploader = Tenant.withToken(podium, writer.copid(), "scores:write");
        assertEquals(200, uploader.submit(BATCH).status());
        assertRefused(uploader.finalizeThrough("eco", "2026-03-01"), 403, "insufficient_scope");
        assertRefused(uploader.metrics(), 403, "insufficient_scope");
        assertEquals("null", writer.metrics().json().get("data").get(0).get("finalizedThrough").toString());
    }

    @Test
    void aCachedDecisionForOneCompanyDoesNotOpenAnother(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Tenant globex = Tenant.create(podium);
        assertEquals(200, acme.metrics().status());
        assertRefused(podium.http().get(globex.path("/metrics"), acme.token()), 403, "forbidden");
    }

    @Test
    void companyAndPlatformTokensStayInTheirLanes(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        assertRefused(podium.http().get("/v3/igr/admin/tokens?copid=" + acme.copid(), acme.token()), 403, "forbidden");
        assertRefused(podium.http().post("/v3/igr/admin/tokens", acme.token(),
                "{\"copid\":\"" + acme.copid() + "\",\"scopes\":[\"admin\"]}"), 403, "forbidden");
        assertRefused(podium.http().get(acme.path("/metrics"), podium.adminToken()), 403, "forbidden");
    }

    @Test
    void aRevokedTokenFailsWithinTheCacheTtl(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        assertEquals(200, acme.metrics().status());
        String id = podium.http().get("/v3/igr/admin/tokens?copid=" + acme.copid(), podium.adminToken())
                .json().get("data").get(0).get("id").asText();
        assertEquals(204, podium.http().delete("/v3/igr/admin/tokens/" + id, podium.adminToken()).status());

        Instant deadline = Instant.now().plusSeconds(LocalPodium.AUTHORIZER_CACHE_SECONDS + 1);
        Response response = acme.metrics();
        while (response.status() == 200 && Instant.now().isBefore(deadline)) {
            LocalPodium.pause(Duration.ofMillis(100));
            response = acme.metrics();
        }
        assertRefused(response, 401, "unauthorized");
        assertRefused(acme.submit(BATCH), 401, "unauthorized");
    }

    @Test
    void errorsNeverEchoTheToken(LocalPodium podium) {
        Tenant acme = Tenant.create(podium);
        Tenant globex = Tenant.create(podium);
        Response refused = podium.http().post(acme.path("/scores"), globex.token(), BATCH);
        assertFalse(refused.text().contains(globex.token()));
        assertFalse(podium.output().contains(globex.token()), "the runtime's log holds a token");
    }

    @Test
    void healthNeedsNoToken(LocalPodium podium) {
        Response health = podium.http().get("/health", null);
        assertEquals(200, health.status());
        assertEquals("ok", health.json().get("status").asText());
        assertFalse(health.json().get("version").asText().isEmpty());
    }
}
