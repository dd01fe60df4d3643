package io.podium.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Throttling per company, as template.yaml declares it: every token of a company names the company's API key, in its
 * tier's usage plan. A company over its burst is answered 429 while a neighbour company is served, and two tokens of
 * one company draw on one bucket. A runtime of its own, at 1 request per second with a standard burst of 3 and a
 * premium burst of 12, so that a quick run of requests must overflow the standard bucket whatever the machine's speed.
 */
class ThrottlingIT {
    private static final int STANDARD_BURST = 3;
    private static final int PREMIUM_BURST = 12;
    private static final int REQUESTS = 20;
    private static final String DATE = "2026-01-05";
    private static LocalPodium podium;

    @BeforeAll
    static void start() {
        podium = LocalPodium.inMemory(Map.of(
                "StandardRateLimit", "1", "StandardBurstLimit", Integer.toString(STANDARD_BURST),
                "PremiumRateLimit", "1", "PremiumBurstLimit", Integer.toString(PREMIUM_BURST),
                "ThrottlingRateLimit", "100000", "ThrottlingBurstLimit", "100000"));
    }

    @AfterAll
    static void stop() {
        podium.close();
    }

    @Test
    void twoTokensOfACompanyShareItsBucketAndANeighbourCompanyIsServed() {
        // Every token is made first: the platform token that makes them is throttled too, in the premium plan.
        Tenant first = Tenant.create(podium, Tenant.ALL_COMPANY_SCOPES);
        Tenant second = Tenant.withToken(podium, first.copid(), Tenant.ALL_COMPANY_SCOPES);
        Tenant neighbour = Tenant.create(podium, Tenant.ALL_COMPANY_SCOPES);

        Set<String> accepted = new TreeSet<>();
        int throttled = 0;
        long started = System.nanoTime();
        for (int i = 1; i <= REQUESTS; i++) {
            String driver = String.format("u%02d", i);
            Tenant sender = i % 2 == 0 ? second : first;
            Response response = sender.submit(Tenant.batch("steps", DATE, driver, Integer.toString(i)));
            if (response.status() == 429) {
                assertEquals("throttled", response.errorCode(), response.toString());
                throttled++;
            } else {
                assertEquals(200, response.status(), response.toString());
                accepted.add(driver);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(throttled > 0, "a burst of " + STANDARD_BURST + " at 1/s cannot take " + REQUESTS + " requests in a row");
        assertTrue(accepted.size() >= STANDARD_BURST, "the burst itself is served: " + accepted);
        // Each token with a bucket of its own would have been served twice the burst at least.
        assertTrue(accepted.size() <= STANDARD_BURST + Math.ceil(seconds),
                "the two tokens drew on one bucket: " + accepted.size() + " accepted in " + seconds + " s");

        Response read = neighbour.metrics();
        assertEquals(200, read.status(), "the neighbour company has a bucket of its own: " + read);
        LocalPodium.pause(Duration.ofMillis(1500));
        Response stored = first.scores("steps", DATE, "");
        assertEquals(200, stored.status(), "the busy company's bucket refilled: " + stored);
        Set<String> storedDrivers = new TreeSet<>();
        stored.json().get("scores").forEach(score -> storedDrivers.add(score.get("userxtid").asText()));
        assertEquals(accepted, storedDrivers, "every accepted batch is stored and no throttled one is");
    }

    @Test
    void aPremiumCompanyHasThePremiumBurst() {
        Tenant premium = Tenant.create(podium, Tenant.ALL_COMPANY_SCOPES);
        Response tier = podium.http().send("PUT", "/v3/igr/admin/companies/" + premium.copid() + "/tier",
                podium.adminToken(), "{\"tier\":\"premium\"}");
        assertEquals(200, tier.status(), tier.toString());
        int accepted = 0;
        for (int i = 0; i < REQUESTS; i++) {
            int status = premium.metrics().status();
            assertTrue(status == 200 || status == 429, "status " + status);
            accepted += status == 200 ? 1 : 0;
        }
        assertTrue(accepted >= PREMIUM_BURST, "the premium burst is served: " + accepted);
        assertTrue(accepted < REQUESTS, "and bounded: " + accepted);
    }

    @Test
    void healthNeedsNoKeyAndIsNotThrottledPerCompany() {
        for (int i = 0; i < REQUESTS; i++) {
            assertEquals(200, podium.http().get("/health", null).status());
        }
    }
}
